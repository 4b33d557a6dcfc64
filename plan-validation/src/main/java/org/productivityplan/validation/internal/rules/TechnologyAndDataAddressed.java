package org.productivityplan.validation.internal.rules;

import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP102: theme 2 (technology and data) is addressed.
 *
 * <p>Addressed means: the plan has a non-blank narrative for {@link Theme#TECHNOLOGY_AND_DATA}, or
 * at least one project tagged with that theme (PP120 asks for such a project in any case). The
 * finding is about the plan as a whole, so its pointer is {@code ""}.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class TechnologyAndDataAddressed implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP102")
          .name("technology-and-data-addressed")
          .summary(
              "Theme 2, how the council will use technology and data, is addressed by a narrative"
                  + " or a project.")
          .category(RuleCategory.THEMES)
          .defaultSeverity(Severity.WARNING)
          .guidance("Minister's letter of 16 April 2024, theme 2")
          .rationale(
              "The letter asked every council to answer four themes; a plan silent on technology"
                  + " and data leaves out the theme that most often unlocks productivity.")
          .theme(Theme.TECHNOLOGY_AND_DATA)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    if (!Themes.technologyAndDataAddressed(plan)) {
      context.report(
          JsonPointer.ROOT,
          "Theme 2 (technology and data) is not addressed: no narrative and no project with this"
              + " theme");
    }
  }
}
