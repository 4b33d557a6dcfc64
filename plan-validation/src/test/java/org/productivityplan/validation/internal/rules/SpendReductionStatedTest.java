package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpendReductionStatedTest {

  private final SpendReductionStated rule = new SpendReductionStated();

  @Test
  void aTargetOrAReasonPasses() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void aReportedLineWithNeitherIsInformation() {
    assertThat(check(rule, Plans.withSpend(1, s -> s.reductionTarget(Optional.empty()))))
        .containsExactly(
            "INFO /specifiedSpend/1: Spend line 'S2' states neither a reduction"
                + " target nor a reason to keep the spend");
    assertThat(check(rule, Plans.withSpend(0, s -> s.retentionReason(" ")))).hasSize(1);
  }

  @Test
  void anUnreportedLineIsNotChecked() {
    var plan =
        Plans.withSpend(
            0, s -> s.retentionReason(Optional.empty()).financialYear(Optional.empty()));
    assertThat(check(rule, plan)).isEmpty();
  }
}
