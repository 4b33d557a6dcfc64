package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import org.junit.jupiter.api.Test;

class KpisPresentTest {

  private final KpisPresent rule = new KpisPresent();

  @Test
  void aPlanWithAKpiPasses() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void aPlanWithoutKpisIsReportedAtThePlan() {
    assertThat(check(rule, Plans.minimal())).containsExactly("WARNING : The plan has no KPI");
  }
}
