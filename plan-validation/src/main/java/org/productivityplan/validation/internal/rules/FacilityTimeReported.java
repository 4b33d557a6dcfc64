package org.productivityplan.validation.internal.rules;

import java.util.List;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.SpendCategory;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP133: trade union facility time is reported as a share of the pay bill.
 *
 * <p>Unlike PP130 to PP132, an amount alone does not do: the Transparency Code publishes facility
 * time as a share of the total pay bill, and that is the figure asked for. With no facility-time
 * line the finding says it is not reported (at {@code /specifiedSpend} or the whole plan); with
 * lines but no share, each line is reported at its own pointer, worded "described without a figure"
 * or "gives an amount but not a share of the pay bill".
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class FacilityTimeReported implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP133")
          .name("facility-time-reported")
          .summary("Trade union facility time is reported as a share of the pay bill.")
          .category(RuleCategory.SPECIFIED_SPEND)
          .defaultSeverity(Severity.WARNING)
          .guidance(
              "Local Government Transparency Code 2015; Somerset Council scrutiny committee paper,"
                  + " June 2024, para 1.9")
          .rationale(
              "The Transparency Code already asks councils to publish facility time as a share of"
                  + " the total pay bill, so the figure exists and is comparable between councils.")
          .theme(Theme.REDUCING_WASTEFUL_SPEND)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    List<SpecifiedSpend> spend = plan.specifiedSpend();
    boolean any = false;
    for (SpecifiedSpend line : spend) {
      if (line.category() == SpendCategory.TRADE_UNION_FACILITY_TIME) {
        if (line.shareOfPayBill().isPresent()) {
          return;
        }
        any = true;
      }
    }
    if (!any) {
      Themes.detailingWastefulSpend(plan, context)
          .report(
              Checks.listOrRoot("specifiedSpend", spend),
              "Trade union facility time is not reported");
      return;
    }
    for (int s = 0; s < spend.size(); s++) {
      SpecifiedSpend line = spend.get(s);
      if (line.category() != SpendCategory.TRADE_UNION_FACILITY_TIME) {
        continue;
      }
      context.report(
          JsonPointer.of("specifiedSpend", s),
          line.amount().isPresent()
              ? "Trade union facility time (line '{0}') gives an amount but not a share of the"
                  + " pay bill"
              : "Trade union facility time (line '{0}') is described without a figure",
          line.id());
    }
  }
}
