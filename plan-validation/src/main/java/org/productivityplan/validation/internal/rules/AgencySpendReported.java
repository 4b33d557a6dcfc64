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
 * PP131: spend on agency staff is reported.
 *
 * <p>Reported means an amount for a named financial year, or a share of the pay bill; a stated zero
 * counts. See {@link SpendReporting} for the findings and their pointers.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class AgencySpendReported implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP131")
          .name("agency-spend-reported")
          .summary("Spend on agency staff is reported.")
          .category(RuleCategory.SPECIFIED_SPEND)
          .defaultSeverity(Severity.WARNING)
          .guidance(
              "Somerset Council scrutiny committee paper, June 2024, para 1.9: \"spend on"
                  + " consultants, agencies, equality, diversity & inclusion (EDI), and trade union"
                  + " facility time\"")
          .rationale(
              "Agency staff are among the largest lines of specified spend, and a figure for a"
                  + " named year is the baseline any reduction is measured from.")
          .theme(Theme.REDUCING_WASTEFUL_SPEND)
          .build();

  private static final SpendReporting.Messages MESSAGES =
      SpendReporting.Messages.of("Spend on agency staff");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    SpendReporting.check(plan, SpendCategory.AGENCY_STAFF, MESSAGES, context);
  }
}
