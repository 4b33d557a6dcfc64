package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Measure;
import org.productivityplan.model.SpendCategory;

class AgencySpendReportedTest {

  private final AgencySpendReported rule = new AgencySpendReported();

  @Test
  void anAmountForANamedYearPasses() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void anAbsentCategoryIsNotReported() {
    var plan =
        Plans.completeWith(b -> b.specifiedSpend(Plans.spendWithout(SpendCategory.AGENCY_STAFF)));
    assertThat(check(rule, plan))
        .containsExactly("WARNING /specifiedSpend: Spend on agency staff is not reported");
  }

  @Test
  void aLineWithoutAFigureIsDescribedWithoutAFigure() {
    var plan = Plans.withSpend(1, s -> s.amount(Optional.empty()));
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING /specifiedSpend/1: Spend on agency staff (line 'S2') is described without a"
                + " figure");
  }

  @Test
  void anotherMeasureAloneIsNotAnAmount() {
    var plan =
        Plans.withSpend(
            1,
            s ->
                s.amount(Optional.empty())
                    .otherMeasure(
                        Measure.builder().value(BigDecimal.TEN).unit("% of workforce").build()));
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING /specifiedSpend/1: Spend on agency staff (line 'S2') gives another measure but"
                + " no amount for a named financial year");
  }
}
