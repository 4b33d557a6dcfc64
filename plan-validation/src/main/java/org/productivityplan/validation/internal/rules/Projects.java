package org.productivityplan.validation.internal.rules;

import org.productivityplan.model.ProjectStatus;
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
}
