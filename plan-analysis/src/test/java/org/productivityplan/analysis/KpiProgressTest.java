package org.productivityplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.DateRange;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.KpiDirection;
import org.productivityplan.model.KpiValue;

/** A KPI against the straight line from its baseline to its target. */
class KpiProgressTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 1);

  /** Baseline 100 to the end of 2023, target 200 by the end of 2025: 50% expected by end 2024. */
  private static Kpi.Builder kpi(KpiDirection direction, String baseline, String target) {
    Kpi.Builder kpi =
        Kpi.builder()
            .id("k")
            .name("K")
            .baseline(value(baseline, "2023"))
            .target(value(target, "2025"));
    return direction == null ? kpi : kpi.direction(direction);
  }

  private static KpiValue value(String value, String period) {
    return KpiValue.builder().value(new BigDecimal(value)).period(DateRange.parse(period + "/" + period)).build();
  }

  private static KpiProgress progress(Kpi.Builder kpi) {
    return KpiProgress.of(kpi.build(), AS_OF, ProgressThresholds.defaults());
  }

  @Test
  void onTrackAtRiskAndOffTrackAgainstTheLine() {
    // By the end of 2024, 366 of 731 days have passed: 50.1% expected.
    assertThat(progress(kpi(KpiDirection.HIGHER_IS_BETTER, "100", "200").addMeasurement(value("146", "2024"))).status())
        .isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(progress(kpi(KpiDirection.HIGHER_IS_BETTER, "100", "200").addMeasurement(value("140", "2024"))).status())
        .isEqualTo(ProgressStatus.AT_RISK);
    assertThat(progress(kpi(KpiDirection.HIGHER_IS_BETTER, "100", "200").addMeasurement(value("130", "2024"))).status())
        .isEqualTo(ProgressStatus.OFF_TRACK);
    KpiProgress ahead = progress(kpi(KpiDirection.HIGHER_IS_BETTER, "100", "200").addMeasurement(value("180", "2024")));
    assertThat(ahead.status()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(ahead.shareAchieved()).contains(new BigDecimal("80.0"));
    assertThat(ahead.readings().get(0).shareExpected()).contains(new BigDecimal("50.1"));
    assertThat(ahead.reason()).isEmpty();
  }

  @Test
  void lowerIsBetterCountsTheWayDown() {
    KpiProgress progress = progress(kpi(KpiDirection.LOWER_IS_BETTER, "10", "6").addMeasurement(value("8", "2024")));

    assertThat(progress.shareAchieved()).contains(new BigDecimal("50.0"));
    assertThat(progress.status()).isEqualTo(ProgressStatus.ON_TRACK);
  }

  @Test
  void closerToTargetCountsTheDistanceEitherSide() {
    KpiProgress over = progress(kpi(KpiDirection.CLOSER_TO_TARGET_IS_BETTER, "10", "20").addMeasurement(value("25", "2024")));
    KpiProgress under = progress(kpi(KpiDirection.CLOSER_TO_TARGET_IS_BETTER, "10", "20").addMeasurement(value("15", "2024")));

    assertThat(over.shareAchieved()).contains(new BigDecimal("50.0"));
    assertThat(under.shareAchieved()).contains(new BigDecimal("50.0"));
  }

  @Test
  void withoutADirectionTheTargetSaysWhichWayIsBetter() {
    KpiProgress progress = progress(kpi(null, "10", "6").addMeasurement(value("12", "2024")));

    assertThat(progress.shareAchieved()).contains(new BigDecimal("-50.0"));
    assertThat(progress.status()).isEqualTo(ProgressStatus.OFF_TRACK);
  }

  @Test
  void theLatestMeasurementByTheDateDecides() {
    Kpi.Builder kpi =
        kpi(KpiDirection.HIGHER_IS_BETTER, "100", "200")
            .addMeasurement(value("190", "2026"))
            .addMeasurement(value("180", "2024"))
            .addMeasurement(value("101", "2025-06"));
    KpiProgress progress = progress(kpi);

    // 2026 has not ended by the date; the readings are in date order.
    assertThat(progress.readings()).extracting(r -> r.measurement().value().toPlainString()).containsExactly("180", "101");
    assertThat(progress.latest().orElseThrow().value()).isEqualByComparingTo("101");
    assertThat(progress.status()).isEqualTo(ProgressStatus.OFF_TRACK);
    assertThat(progress.readings().get(0).status()).isEqualTo(ProgressStatus.ON_TRACK);
  }

  @Test
  void cannotTellSaysWhy() {
    assertThat(progress(Kpi.builder().id("k").name("K")).reason()).contains("no baseline");
    assertThat(progress(Kpi.builder().id("k").name("K").baseline(value("1", "2023"))).reason()).contains("no target");
    assertThat(progress(kpi(null, "1", "2")).reason()).contains("no measurement");
    assertThat(progress(kpi(null, "1", "2").addMeasurement(value("1", "2026"))).reason())
        .contains("no measurement for a period ended by 2025-12-01");
    assertThat(progress(kpi(null, "1", "2").addMeasurement(KpiValue.builder().value(BigDecimal.ONE).build())).reason())
        .contains("no measurement states its period");
    assertThat(progress(kpi(null, "1", "1").addMeasurement(value("1", "2024"))).reason()).contains("the target equals the baseline");
    assertThat(progress(kpi(KpiDirection.HIGHER_IS_BETTER, "2", "1").addMeasurement(value("1", "2024"))).reason())
        .contains("the target is below the baseline, but higher is better");
    assertThat(progress(kpi(KpiDirection.LOWER_IS_BETTER, "1", "2").addMeasurement(value("1", "2024"))).reason())
        .contains("the target is above the baseline, but lower is better");
    assertThat(
            progress(
                    Kpi.builder().id("k").name("K").baseline(KpiValue.builder().value(BigDecimal.ONE).build())
                        .target(value("2", "2025")).addMeasurement(value("1", "2024")))
                .reason())
        .contains("the baseline states no period");
    assertThat(progress(Kpi.builder().id("k").name("K").baseline(value("1", "2025")).target(value("2", "2024"))
                .addMeasurement(value("1", "2024"))).reason())
        .contains("the target's period does not end after the baseline's");
    KpiProgress noLine = progress(kpi(KpiDirection.HIGHER_IS_BETTER, "2", "1").addMeasurement(value("1", "2024")));
    assertThat(noLine.status()).isEqualTo(ProgressStatus.CANNOT_TELL);
    assertThat(noLine.readings()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(ProgressStatus.CANNOT_TELL));
  }

  @Test
  void thresholdsAreConfigurable() {
    Kpi.Builder kpi = kpi(KpiDirection.HIGHER_IS_BETTER, "100", "200").addMeasurement(value("130", "2024"));

    assertThat(KpiProgress.of(kpi.build(), AS_OF, ProgressThresholds.of(25, 30)).status())
        .isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(KpiProgress.of(kpi.build(), AS_OF, ProgressThresholds.of(10, 25)).status())
        .isEqualTo(ProgressStatus.AT_RISK);
    assertThatThrownBy(() -> ProgressThresholds.of(10, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProgressThresholds.of(-1, 5)).isInstanceOf(IllegalArgumentException.class);
  }
}
