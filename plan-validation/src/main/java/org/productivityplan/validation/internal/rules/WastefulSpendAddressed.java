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
 * PP103: theme 3 (reducing wasteful spend) is addressed.
 *
 * <p>Addressed means: the plan has a non-blank narrative for {@link Theme#REDUCING_WASTEFUL_SPEND},
 * or at least one line of specified spend (of any category, with or without a figure), or at least
 * one project tagged with that theme. The finding is about the plan as a whole, so its pointer is
 * {@code ""}.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class WastefulSpendAddressed implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP103")
          .name("wasteful-spend-addressed")
          .summary(
              "Theme 3, the council's plans to reduce wasteful spend, is addressed by a narrative,"
                  + " a spend line or a project.")
          .category(RuleCategory.THEMES)
          .defaultSeverity(Severity.WARNING)
          .guidance("Minister's letter of 16 April 2024, theme 3")
          .rationale(
              "The letter asked every council to answer four themes; reducing wasteful spend was"
                  + " the one the government named first in announcing the plans.")
          .theme(Theme.REDUCING_WASTEFUL_SPEND)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    if (!Themes.wastefulSpendAddressed(plan)) {
      context.report(
          JsonPointer.ROOT,
          "Theme 3 (reducing wasteful spend) is not addressed: no narrative, no spend line and no"
              + " project with this theme");
    }
  }
}
