package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import org.junit.jupiter.api.Test;
import org.productivityplan.model.KeyFigure;
import org.productivityplan.model.Money;
import org.productivityplan.model.Percentage;
import org.productivityplan.model.ReductionTarget;
import org.productivityplan.model.Saving;

class AmountsInRangeTest {

  private final AmountsInRange rule = new AmountsInRange();

  @Test
  void positiveAmountsAndSharesInRangePass() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void zeroAndOneHundredPerCentAreInRange() {
    var plan =
        Plans.withSpend(
            3,
            s ->
                s.shareOfPayBill(Percentage.of(100))
                    .amount(Money.zero())
                    .reductionTarget(ReductionTarget.builder().share(Percentage.of(0)).build()));
    assertThat(check(rule, plan)).isEmpty();
  }

  @Test
  void negativeMoneyAndSharesOutOfRangeAreReportedAtEachValue() {
    var plan =
        Plans.withSpend(
            1,
            s ->
                s.amount(Money.ofPounds(-5))
                    .shareOfPayBill(Percentage.parse("100.5"))
                    .reductionTarget(
                        ReductionTarget.builder()
                            .amount(Money.ofPounds(-1))
                            .share(Percentage.of(-3))
                            .build()));
    assertThat(check(rule, plan))
        .containsExactly(
            "ERROR /specifiedSpend/1/amount: Amount GBP -5 is negative",
            "ERROR /specifiedSpend/1/shareOfPayBill: Percentage 100.5% is outside 0% to 100%",
            "ERROR /specifiedSpend/1/reductionTarget/amount: Amount GBP -1 is negative",
            "ERROR /specifiedSpend/1/reductionTarget/share: Percentage -3% is outside 0% to 100%");
  }

  @Test
  void savingsReservesAndKeyFiguresAreChecked() {
    var plan =
        Plans.edit(
            Plans.withContext(
                c ->
                    c.reserves(Money.ofPounds(-10))
                        .addKeyFigure(
                            KeyFigure.builder()
                                .description("Loss")
                                .amount(Money.ofPence(-1))
                                .build())),
            b -> b);
    var withSaving =
        Plans.edit(
            plan,
            b ->
                b.projects(
                    Plans.withProject(
                            0,
                            p ->
                                p.addSaving(
                                    Saving.builder()
                                        .amount(Money.ofPounds(-2))
                                        .upTo(Money.ofPounds(-1))
                                        .build()))
                        .projects()));
    assertThat(check(rule, withSaving))
        .containsExactly(
            "ERROR /projects/0/savings/1/amount: Amount GBP -2 is negative",
            "ERROR /projects/0/savings/1/upTo: Amount GBP -1 is negative",
            "ERROR /context/reserves: Amount GBP -10 is negative",
            "ERROR /context/keyFigures/1/amount: Amount GBP -0.01 is negative");
  }
}
