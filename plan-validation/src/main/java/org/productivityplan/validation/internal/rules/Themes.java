package org.productivityplan.validation.internal.rules;

import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Theme;
import org.productivityplan.model.TransformationProject;

/** What the theme rules share: whether any project is tagged with a theme. */
final class Themes {

  private Themes() {}

  /** Tells whether at least one project of the plan is tagged with the theme. */
  static boolean anyProject(ProductivityPlan plan, Theme theme) {
    for (TransformationProject project : plan.projects()) {
      if (project.themes().contains(theme)) {
        return true;
      }
    }
    return false;
  }
}
