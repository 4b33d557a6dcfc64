package org.productivityplan.validation.internal.rules;

import java.util.List;
import org.productivityplan.model.MeasuredOutcome;
import org.productivityplan.model.ProjectStatus;
import org.productivityplan.model.Saving;
import org.productivityplan.model.TransformationProject;

/** What the project rules share. */
final class Projects {

  private Projects() {}

  /** Tells whether a project is planned or in progress; a project with no status is not. */
  static boolean isCurrent(TransformationProject project) {
    // One call: each call of an Optional accessor makes a new Optional.
    ProjectStatus status = project.status().orElse(null);
    return status == ProjectStatus.PLANNED || status == ProjectStatus.IN_PROGRESS;
  }

  /**
   * Tells whether a project states a benefit with a figure: a saving with an amount, or an outcome
   * with a measure. A saving with no amount, or an outcome in words only, is not one.
   */
  static boolean hasMeasurableBenefit(TransformationProject project) {
    // Indexed, not iterated: most projects list few or no savings and outcomes, held in lists of
    // several kinds, and this runs for every project in two rules.
    List<Saving> savings = project.savings();
    for (int i = 0, n = savings.size(); i < n; i++) {
      if (savings.get(i).amount().isPresent()) {
        return true;
      }
    }
    List<MeasuredOutcome> outcomes = project.outcomes();
    for (int i = 0, n = outcomes.size(); i < n; i++) {
      if (outcomes.get(i).measure().isPresent()) {
        return true;
      }
    }
    return false;
  }
}
