package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarriersAddressedTest {

  private final BarriersAddressed rule = new BarriersAddressed();

  @Test
  void aBarrierAddressesIt() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void aNarrativeWithoutABarrierIsStillReported() {
    assertThat(check(rule, Plans.completeWith(b -> b.barriers(List.of()))))
        .containsExactly(
            "WARNING : Theme 4 (barriers) has a narrative but the plan lists no barrier");
  }

  @Test
  void neitherIsReportedAsNotAddressed() {
    assertThat(check(rule, Plans.minimal()))
        .containsExactly(
            "WARNING : Theme 4 (barriers) is not addressed: the plan lists no barrier");
  }
}
