package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Money;
import org.productivityplan.model.SpendCategory;

/** PP130; the shared behaviour of PP130 to PP132 ({@link SpendReporting}) is tested here. */
class ConsultancySpendReportedTest {

  private final ConsultancySpendReported rule = new ConsultancySpendReported();

  @Test
  void anAmountForANamedYearPasses() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void aStatedZeroCountsAsReported() {
    assertThat(check(rule, Plans.withSpend(0, s -> s.amount(Money.zero())))).isEmpty();
  }

  @Test
  void anAbsentCategoryIsNotReported() {
    var plan =
        Plans.completeWith(b -> b.specifiedSpend(Plans.spendWithout(SpendCategory.CONSULTANCY)));
    assertThat(check(rule, plan))
        .containsExactly("WARNING /specifiedSpend: Spend on consultants is not reported");
    assertThat(check(rule, Plans.minimal()))
        .containsExactly("WARNING : Spend on consultants is not reported");
  }

  @Test
  void aLineWithNarrativeOnlyIsDescribedWithoutAFigure() {
    var plan =
        Plans.withSpend(
            0,
            s ->
                s.amount(Optional.empty())
                    .financialYear(Optional.empty())
                    .narrative("We use few."));
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING /specifiedSpend/0: Spend on consultants (line 'S1') is described without a"
                + " figure");
  }

  @Test
  void anAmountWithoutAYearIsReportedAsSuch() {
    assertThat(check(rule, Plans.withSpend(0, s -> s.financialYear(Optional.empty()))))
        .containsExactly(
            "WARNING /specifiedSpend/0: Spend on consultants (line 'S1') gives an amount but no"
                + " financial year");
  }

  @Test
  void oneReportedLineOfTheCategoryIsEnough() {
    var plan =
        Plans.completeWith(b -> b.addSpecifiedSpend(Plans.spend("S5", SpendCategory.CONSULTANCY)));
    assertThat(check(rule, plan)).isEmpty();
  }

  @Test
  void everyUnreportedLineIsReportedWhenNoneIs() {
    var plan =
        Plans.completeWith(
            b ->
                b.specifiedSpend(
                    List.of(
                        Plans.spend("C1", SpendCategory.CONSULTANCY),
                        Plans.spend("A1", SpendCategory.AGENCY_STAFF),
                        Plans.spend("C2", SpendCategory.CONSULTANCY))));
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING /specifiedSpend/0: Spend on consultants (line 'C1') is described without a"
                + " figure",
            "WARNING /specifiedSpend/2: Spend on consultants (line 'C2') is described without a"
                + " figure");
  }
}
