package org.productivityplan.validation.internal.rules;

import java.util.List;
import java.util.Optional;
import org.productivityplan.model.KeyFigure;
import org.productivityplan.model.Money;
import org.productivityplan.model.Percentage;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.ReductionTarget;
import org.productivityplan.model.Saving;
import org.productivityplan.model.Severity;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.TransformationProject;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP005: amounts of money are not negative, and percentages lie in 0..100.
 *
 * <p>Money checked: each spend line's amount and reduction target, each saving's amount and upper
 * end, the context's reserves and each key figure's amount. Percentages checked: each spend line's
 * share of the pay bill and its reduction target's share. A saving or reduction is stated as a
 * positive amount; a loss, too, is a positive amount described as lost.
 *
 * <p>A document's page count that is not positive is reported under PP005 by the engine's Bean
 * Validation ({@code @Positive} on {@code DocumentControl.pageCount()}), not by this rule, so that
 * it is reported once.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class AmountsInRange implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP005")
          .name("amounts-in-range")
          .summary("Amounts of money are not negative, and percentages lie between 0 and 100.")
          .category(RuleCategory.INTEGRITY)
          .defaultSeverity(Severity.ERROR)
          .guidance("Integrity of the record itself: a plan must not contradict itself")
          .rationale(
              "A negative spend or saving, or a share above the whole, is a slip of the pen or of a"
                  + " conversion, and any total or comparison built on it is wrong.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    // Each pointer is built only for a value out of range.
    List<TransformationProject> projects = plan.projects();
    for (int p = 0; p < projects.size(); p++) {
      List<Saving> savings = projects.get(p).savings();
      for (int s = 0; s < savings.size(); s++) {
        Saving saving = savings.get(s);
        if (isNegative(saving.amount())) {
          money(saving.amount(), JsonPointer.of("projects", p, "savings", s, "amount"), context);
        }
        if (isNegative(saving.upTo())) {
          money(saving.upTo(), JsonPointer.of("projects", p, "savings", s, "upTo"), context);
        }
      }
    }
    List<SpecifiedSpend> spend = plan.specifiedSpend();
    for (int s = 0; s < spend.size(); s++) {
      SpecifiedSpend line = spend.get(s);
      if (isNegative(line.amount())) {
        money(line.amount(), JsonPointer.of("specifiedSpend", s, "amount"), context);
      }
      if (isOutOfRange(line.shareOfPayBill())) {
        percentage(
            line.shareOfPayBill(), JsonPointer.of("specifiedSpend", s, "shareOfPayBill"), context);
      }
      if (line.reductionTarget().isPresent()) {
        ReductionTarget target = line.reductionTarget().get();
        if (isNegative(target.amount())) {
          money(
              target.amount(),
              JsonPointer.of("specifiedSpend", s, "reductionTarget", "amount"),
              context);
        }
        if (isOutOfRange(target.share())) {
          percentage(
              target.share(),
              JsonPointer.of("specifiedSpend", s, "reductionTarget", "share"),
              context);
        }
      }
    }
    plan.context()
        .ifPresent(
            councilContext -> {
              if (isNegative(councilContext.reserves())) {
                money(councilContext.reserves(), JsonPointer.of("context", "reserves"), context);
              }
              List<KeyFigure> figures = councilContext.keyFigures();
              for (int f = 0; f < figures.size(); f++) {
                if (isNegative(figures.get(f).amount())) {
                  money(
                      figures.get(f).amount(),
                      JsonPointer.of("context", "keyFigures", f, "amount"),
                      context);
                }
              }
            });
  }

  private static boolean isNegative(Optional<Money> money) {
    return money.isPresent() && money.get().isNegative();
  }

  private static boolean isOutOfRange(Optional<Percentage> percentage) {
    return percentage.isPresent() && !percentage.get().isInRange();
  }

  private static void money(Optional<Money> money, String pointer, RuleContext context) {
    context.report(pointer, "Amount {0} is negative", money.orElseThrow().toString());
  }

  private static void percentage(
      Optional<Percentage> percentage, String pointer, RuleContext context) {
    context.report(
        pointer, "Percentage {0} is outside 0% to 100%", percentage.orElseThrow().toString());
  }
}
