package org.productivityplan.validation.internal.rules;

import org.productivityplan.model.MeasuredOutcome;
import org.productivityplan.model.ProjectStatus;
import org.productivityplan.model.Saving;
import org.productivityplan.model.TransformationProject;

/** What the project rules share. */
final class Projects {

  private Projects() {}

  /** Tells whether a project is planned or in progress; a project with no status is not. */
  static boolean isCurrent(TransformationProject project) {
    return project.status().isPresent()
        && (project.status().get() == ProjectStatus.PLANNED
            || project.status().get() == ProjectStatus.IN_PROGRESS);
  }

  /**
   * Tells whether a project states a benefit with a figure: a saving with an amount, or an outcome
   * with a measure. A saving with no amount, or an outcome in words only, is not one.
   */
  static boolean hasMeasurableBenefit(TransformationProject project) {
    for (Saving saving : project.savings()) {
      if (saving.amount().isPresent()) {
        return true;
      }
    }
    for (MeasuredOutcome outcome : project.outcomes()) {
      if (outcome.measure().isPresent()) {
        return true;
      }
    }
    return false;
  }
}
