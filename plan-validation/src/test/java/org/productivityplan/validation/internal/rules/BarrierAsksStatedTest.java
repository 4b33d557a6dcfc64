package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BarrierAsksStatedTest {

  private final BarrierAsksStated rule = new BarrierAsksStated();

  @Test
  void aBarrierWithAnAskPasses() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void asksNotStatedAreReportedAtTheBarrier() {
    assertThat(check(rule, Plans.withBarrier(0, b -> b.asks(Optional.empty()))))
        .containsExactly(
            "WARNING /barriers/0: Barrier 'B1' does not say what government could do to reduce or"
                + " remove it");
  }

  @Test
  void asksStatedAsNoneAreReportedAtTheAsks() {
    assertThat(check(rule, Plans.withBarrier(0, b -> b.asks(List.of()))))
        .containsExactly("WARNING /barriers/0/asks: Barrier 'B1' states no ask of government");
    assertThat(check(rule, Plans.withBarrier(0, b -> b.asks(List.of(" ")))))
        .containsExactly("WARNING /barriers/0/asks: Barrier 'B1' states no ask of government");
  }
}
