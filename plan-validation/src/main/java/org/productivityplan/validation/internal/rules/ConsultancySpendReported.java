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
 * PP130: spend on consultants is reported.
 *
 * <p>Reported means an amount for a named financial year, or a share of the pay bill; a stated zero
 * counts. See {@link SpendReporting} for the findings and their pointers.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class ConsultancySpendReported implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP130")
          .name("consultancy-spend-reported")
          .summary("Spend on consultants is reported.")
          .category(RuleCategory.SPECIFIED_SPEND)
          .defaultSeverity(Severity.WARNING)
          .guidance(
              "Written ministerial statement of 5 February 2024; Somerset Council scrutiny"
                  + " committee paper, June 2024, para 1.9")
          .rationale(
              "The settlement statement asked for specific consideration of spend on consultants, a"
                  + " cost councils are often asked to justify.")
          .theme(Theme.REDUCING_WASTEFUL_SPEND)
          .build();

  private static final SpendReporting.Messages MESSAGES =
      SpendReporting.Messages.of("Spend on consultants");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    SpendReporting.check(plan, SpendCategory.CONSULTANCY, MESSAGES, context);
  }
}
