package org.productivityplan.validation.internal.rules;

import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.SpendCategory;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP132: spend on equality, diversity and inclusion (EDI) programmes is reported.
 *
 * <p>Reported means an amount for a named financial year, or a share of the pay bill; a stated zero
 * counts. See {@link SpendReporting} for the findings and their pointers.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class EdiSpendReported implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP132")
          .name("edi-spend-reported")
          .summary("Spend on equality, diversity and inclusion (EDI) programmes is reported.")
          .category(RuleCategory.SPECIFIED_SPEND)
          .defaultSeverity(Severity.WARNING)
          .guidance("Written ministerial statement of 5 February 2024")
          .rationale(
              "The settlement statement asked for specific consideration of spend on staff EDI"
                  + " programmes (programmes promoting integration, civic pride and"
                  + " counter-extremism excluded).")
          .theme(Theme.REDUCING_WASTEFUL_SPEND)
          .build();

  private static final SpendReporting.Messages MESSAGES =
      SpendReporting.Messages.of("Spend on EDI programmes");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    SpendReporting.check(plan, SpendCategory.EDI, MESSAGES, context);
  }
}
