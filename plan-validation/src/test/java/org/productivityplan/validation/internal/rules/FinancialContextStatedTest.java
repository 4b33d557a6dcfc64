package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FinancialContextStatedTest {

  private final FinancialContextStated rule = new FinancialContextStated();

  @Test
  void aFinancialPositionAloneIsEnough() {
    assertThat(check(rule, Plans.withContext(c -> c.reserves(Optional.empty())))).isEmpty();
  }

  @Test
  void reservesWithoutAPositionAreReportedAtTheContext() {
    assertThat(check(rule, Plans.withContext(c -> c.financialPosition(Optional.empty()))))
        .containsExactly("INFO /context: The plan does not state the council's financial position");
  }

  @Test
  void aBlankPositionIsReportedAtItself() {
    assertThat(check(rule, Plans.withContext(c -> c.financialPosition("\n"))))
        .containsExactly(
            "INFO /context/financialPosition: The plan does not state the council's financial"
                + " position");
  }

  @Test
  void noContextIsReportedAtThePlan() {
    assertThat(check(rule, Plans.minimal()))
        .containsExactly("INFO : The plan does not state the council's financial position");
  }
}
