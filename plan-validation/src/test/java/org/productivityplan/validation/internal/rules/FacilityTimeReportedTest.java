package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Money;
import org.productivityplan.model.SpendCategory;

class FacilityTimeReportedTest {

  private final FacilityTimeReported rule = new FacilityTimeReported();

  @Test
  void aShareOfThePayBillPasses() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void anAmountAloneIsNotEnough() {
    var plan =
        Plans.withSpend(3, s -> s.shareOfPayBill(Optional.empty()).amount(Money.ofPounds(90_000)));
    assertThat(plan.specifiedSpend().get(3).isReported()).isTrue();
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING /specifiedSpend/3: Trade union facility time (line 'S4') gives an amount but"
                + " not a share of the pay bill");
  }

  @Test
  void aLineWithoutAFigureIsDescribedWithoutAFigure() {
    assertThat(check(rule, Plans.withSpend(3, s -> s.shareOfPayBill(Optional.empty()))))
        .containsExactly(
            "WARNING /specifiedSpend/3: Trade union facility time (line 'S4') is described without"
                + " a figure");
  }

  @Test
  void anAbsentCategoryIsNotReported() {
    var plan =
        Plans.completeWith(
            b -> b.specifiedSpend(Plans.spendWithout(SpendCategory.TRADE_UNION_FACILITY_TIME)));
    assertThat(check(rule, plan))
        .containsExactly("WARNING /specifiedSpend: Trade union facility time is not reported");
    assertThat(check(rule, Plans.minimal()))
        .containsExactly("WARNING : Trade union facility time is not reported");
  }
}
