package org.productivityplan.validation.internal.rules;

import java.util.List;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP134: each reported spend line states a reduction target or a reason to keep it (information).
 *
 * <p>Only lines that are reported ({@link SpecifiedSpend#isReported()}) are checked, since a line
 * with no figure is already PP130 to PP133 business. A blank retention reason does not count.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class SpendReductionStated implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP134")
          .name("spend-reduction-stated")
          .summary(
              "Each reported spend line states a reduction target or a reason to keep the spend.")
          .category(RuleCategory.SPECIFIED_SPEND)
          .defaultSeverity(Severity.INFO)
          .guidance("Minister's letter of 16 April 2024, theme 3")
          .rationale(
              "Reporting a figure is half the answer to theme 3; the other half is what the council"
                  + " will do about it, or why the spend is worth keeping.")
          .theme(Theme.REDUCING_WASTEFUL_SPEND)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    List<SpecifiedSpend> spend = plan.specifiedSpend();
    for (int s = 0; s < spend.size(); s++) {
      SpecifiedSpend line = spend.get(s);
      if (line.isReported()
          && line.reductionTarget().isEmpty()
          && !Checks.hasText(line.retentionReason())) {
        context.report(
            JsonPointer.of("specifiedSpend", s),
            "Spend line '{0}' states neither a reduction target nor a reason to keep the spend",
            line.id());
      }
    }
  }
}
