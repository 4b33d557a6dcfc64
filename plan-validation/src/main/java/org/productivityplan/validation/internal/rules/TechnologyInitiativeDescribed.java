package org.productivityplan.validation.internal.rules;

import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP120: at least one data or technology initiative is described.
 *
 * <p>Satisfied by at least one project tagged {@link Theme#TECHNOLOGY_AND_DATA}; a narrative alone
 * satisfies PP102 but not this rule. The finding points at {@code /projects} when the plan has
 * projects, else at the whole plan.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class TechnologyInitiativeDescribed implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP120")
          .name("technology-initiative-described")
          .summary(
              "At least one data or technology initiative is described: a project with the theme"
                  + " technology and data.")
          .category(RuleCategory.TECHNOLOGY_AND_DATA)
          .defaultSeverity(Severity.WARNING)
          .guidance("Minister's letter of 16 April 2024, theme 2")
          .rationale(
              "Theme 2 asks how the council will take advantage of technology and data; a narrative"
                  + " without a single initiative is an intention, not a plan.")
          .theme(Theme.TECHNOLOGY_AND_DATA)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    if (!Themes.anyProject(plan, Theme.TECHNOLOGY_AND_DATA)) {
      Themes.detailingTechnologyAndData(plan, context)
          .report(
              Checks.listOrRoot("projects", plan.projects()),
              "The plan describes no data or technology initiative: no project has the theme"
                  + " technology and data");
    }
  }
}
