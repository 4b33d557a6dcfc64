package org.productivityplan.validation.internal.rules;

import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Theme;
import org.productivityplan.model.TransformationProject;
import org.productivityplan.validation.RuleContext;

/**
 * What the theme rules share: whether a theme is addressed at all, and the link from the rules that
 * detail a theme (PP120; PP130 to PP133) to the theme rule (PP102; PP103) when it is not, so that a
 * reader sees one root cause with its details.
 */
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

  /** Tells whether theme 2 is addressed: a narrative, or a project with the theme (PP102). */
  static boolean technologyAndDataAddressed(ProductivityPlan plan) {
    return Checks.hasText(plan.narrative(Theme.TECHNOLOGY_AND_DATA))
        || anyProject(plan, Theme.TECHNOLOGY_AND_DATA);
  }

  /**
   * Tells whether theme 3 is addressed: a narrative, a spend line, or a project with the theme
   * (PP103).
   */
  static boolean wastefulSpendAddressed(ProductivityPlan plan) {
    return Checks.hasText(plan.narrative(Theme.REDUCING_WASTEFUL_SPEND))
        || !plan.specifiedSpend().isEmpty()
        || anyProject(plan, Theme.REDUCING_WASTEFUL_SPEND);
  }

  /**
   * Returns where a rule that details theme 2 (PP120) reports: as consequences of PP102 when the
   * theme is not addressed at all, else the rule's own context.
   */
  static RuleContext detailingTechnologyAndData(ProductivityPlan plan, RuleContext context) {
    return technologyAndDataAddressed(plan)
        ? context
        : context.consequenceOf(TechnologyAndDataAddressed.INFO.id());
  }

  /**
   * Returns where a rule that details theme 3 (PP130 to PP133) reports: as consequences of PP103
   * when the theme is not addressed at all, else the rule's own context.
   */
  static RuleContext detailingWastefulSpend(ProductivityPlan plan, RuleContext context) {
    return wastefulSpendAddressed(plan)
        ? context
        : context.consequenceOf(WastefulSpendAddressed.INFO.id());
  }
}
