package org.productivityplan.validation.internal.rules;

import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP170: the council's financial context is stated (information).
 *
 * <p>Satisfied by a non-blank {@code context.financialPosition}. Reserves are asked for only "where
 * known", and the validator cannot know whether they are, so a financial position alone satisfies
 * the rule; a reserves figure without a financial position does not. The finding is at the blank
 * text when there is one, else at {@code /context} when the plan has a context, else at the whole
 * plan.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class FinancialContextStated implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP170")
          .name("financial-context-stated")
          .summary(
              "The council's financial context is stated: its financial position, and its reserves"
                  + " where known.")
          .category(RuleCategory.CONTEXT)
          .defaultSeverity(Severity.INFO)
          .guidance("Somerset Council scrutiny committee paper, June 2024, para 1.10")
          .rationale(
              "A lay reader can only weigh a plan's savings and asks against the council's"
                  + " finances; the scrutiny paper asks for the financial position and reserves.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    if (plan.context().isEmpty() || !Checks.hasText(plan.context().get().financialPosition())) {
      context.report(
          Checks.contextTextOrNearest(
              plan, "financialPosition", plan.context().flatMap(c -> c.financialPosition())),
          "The plan does not state the council's financial position");
    }
  }
}
