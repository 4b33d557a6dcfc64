package org.productivityplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.productivityplan.examples.PlanArbitraries;
import org.productivityplan.model.DateRange;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.KpiDirection;
import org.productivityplan.model.KpiValue;
import org.productivityplan.model.PartialDate;
import org.productivityplan.testing.PropertyChecks;

/** Laws of {@link KpiProgress} over generated KPIs. */
class KpiProgressPropertiesTest {

  private static final LocalDate AS_OF = LocalDate.of(2030, 1, 1);

  /** A KPI whose target is on the better side of its baseline, measured three times. */
  private static Kpi kpi(Random r) {
    KpiDirection direction = KpiDirection.values()[r.nextInt(KpiDirection.values().length)];
    BigDecimal baseline = PlanArbitraries.decimal(r);
    BigDecimal step = PlanArbitraries.decimal(r).abs().add(BigDecimal.ONE);
    BigDecimal target =
        direction == KpiDirection.LOWER_IS_BETTER ? baseline.subtract(step) : baseline.add(step);
    return Kpi.builder()
        .id("k")
        .name("K")
        .direction(direction)
        .baseline(value(baseline, "2020"))
        .target(value(target, "2024"))
        .addMeasurement(value(baseline, "2021"))
        .addMeasurement(value(target, "2022"))
        .addMeasurement(value(PlanArbitraries.decimal(r), "2023"))
        .build();
  }

  private static KpiValue value(BigDecimal value, String year) {
    PartialDate date = PartialDate.parse(year);
    return KpiValue.builder().value(value).period(DateRange.of(date, date)).build();
  }

  @Test
  void theBaselineIsNoWayAndTheTargetAllTheWay() {
    PropertyChecks.forAll(
        KpiProgressPropertiesTest::kpi,
        kpi -> {
          List<KpiReading> readings =
              KpiProgress.of(kpi, AS_OF, ProgressThresholds.defaults()).readings();
          assertThat(readings).hasSize(3);
          assertThat(readings.get(0).shareAchieved()).contains(new BigDecimal("0.0"));
          assertThat(readings.get(1).shareAchieved()).contains(new BigDecimal("100.0"));
          // Reaching the target early is never behind the line.
          assertThat(readings.get(1).status()).isEqualTo(ProgressStatus.ON_TRACK);
          // Never more of the way than all of it, for a KPI where closer is better.
          if (kpi.direction().orElseThrow() == KpiDirection.CLOSER_TO_TARGET_IS_BETTER) {
            assertThat(readings.get(2).shareAchieved().orElseThrow()).isLessThanOrEqualTo(new BigDecimal("100.0"));
          }
        });
  }

  @Test
  void aBetterMeasurementIsNeverAWorseStatus() {
    PropertyChecks.forAll(
        r -> List.of(kpi(r), PlanArbitraries.decimal(r).abs()),
        args -> {
          Kpi kpi = (Kpi) args.get(0);
          BigDecimal better = (BigDecimal) args.get(1);
          KpiDirection direction = kpi.direction().orElseThrow();
          if (direction == KpiDirection.CLOSER_TO_TARGET_IS_BETTER) {
            return;
          }
          KpiValue last = kpi.measurements().get(2);
          BigDecimal improved =
              direction == KpiDirection.HIGHER_IS_BETTER
                  ? last.value().add(better)
                  : last.value().subtract(better);
          Kpi improvedKpi =
              Kpi.builder()
                  .from(kpi)
                  .measurements(
                      List.of(kpi.measurements().get(0), kpi.measurements().get(1), KpiValue.builder().from(last).value(improved).build()))
                  .build();
          ProgressStatus before = KpiProgress.of(kpi, AS_OF, ProgressThresholds.defaults()).status();
          ProgressStatus after = KpiProgress.of(improvedKpi, AS_OF, ProgressThresholds.defaults()).status();
          assertThat(after.ordinal()).isLessThanOrEqualTo(before.ordinal());
        });
  }
}
