package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.KpiValue;

class KpiBaselineAndTargetTest {

  private final KpiBaselineAndTarget rule = new KpiBaselineAndTarget();

  @Test
  void aBaselineAndATargetWithPeriodsPass() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void missingValuesAreReportedAtTheKpi() {
    var plan = Plans.withKpi(0, k -> k.baseline(Optional.empty()).target(Optional.empty()));
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING /kpis/0: KPI 'K1' has no baseline", "WARNING /kpis/0: KPI 'K1' has no target");
  }

  @Test
  void valuesWithoutAPeriodAreReportedAtTheValue() {
    KpiValue undated = KpiValue.builder().value(BigDecimal.TEN).build();
    assertThat(check(rule, Plans.withKpi(0, k -> k.baseline(undated).target(undated))))
        .containsExactly(
            "WARNING /kpis/0/baseline: KPI 'K1' gives its baseline for no stated period",
            "WARNING /kpis/0/target: KPI 'K1' gives its target for no stated period");
  }
}
