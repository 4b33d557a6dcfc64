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
 * PP104: theme 4 (barriers) is addressed with at least one barrier.
 *
 * <p>A narrative alone does not satisfy the rule: the catalogue asks for at least one barrier, so
 * that what government could do is attached to something (PP140). When the narrative exists, the
 * message says so. The pointer is {@code ""}, since an empty list of barriers is not written.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class BarriersAddressed implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP104")
          .name("barriers-addressed")
          .summary(
              "Theme 4 is addressed with at least one barrier that government could help to reduce"
                  + " or remove.")
          .category(RuleCategory.THEMES)
          .defaultSeverity(Severity.WARNING)
          .guidance("Minister's letter of 16 April 2024, theme 4")
          .rationale(
              "Theme 4 is how the government learns what stands in councils' way; a narrative that"
                  + " names no barrier gives it nothing to act on.")
          .theme(Theme.REMOVING_BARRIERS)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    if (plan.barriers().isEmpty()) {
      context.report(
          JsonPointer.ROOT,
          Checks.hasText(plan.narrative(Theme.REMOVING_BARRIERS))
              ? "Theme 4 (barriers) has a narrative but the plan lists no barrier"
              : "Theme 4 (barriers) is not addressed: the plan lists no barrier");
    }
  }
}
