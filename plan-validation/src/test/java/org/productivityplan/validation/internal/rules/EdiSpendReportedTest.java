package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.SpendCategory;

class EdiSpendReportedTest {

  private final EdiSpendReported rule = new EdiSpendReported();

  @Test
  void anAmountForANamedYearPasses() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void anAbsentCategoryIsNotReported() {
    var plan = Plans.completeWith(b -> b.specifiedSpend(Plans.spendWithout(SpendCategory.EDI)));
    assertThat(check(rule, plan))
        .containsExactly("WARNING /specifiedSpend: Spend on EDI programmes is not reported");
  }

  @Test
  void aLineWithoutAFigureIsDescribedWithoutAFigure() {
    var plan = Plans.withSpend(2, s -> s.amount(Optional.empty()));
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING /specifiedSpend/2: Spend on EDI programmes (line 'S3') is described without a"
                + " figure");
  }
}
