package org.productivityplan.analysis.internal.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.productivityplan.analysis.KpiProgress;
import org.productivityplan.analysis.KpiReading;
import org.productivityplan.analysis.ProgressStatus;
import org.productivityplan.analysis.ProgressThresholds;
import org.productivityplan.model.DateRange;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.KpiDirection;
import org.productivityplan.model.KpiValue;

/** A KPI's straight line from baseline to target, and its measurements placed on it. */
public final class KpiLine {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final MathContext PRECISION = MathContext.DECIMAL64;

  private KpiLine() {}

  /**
   * Works out a KPI's progress; see {@link KpiProgress}.
   *
   * @param kpi the KPI
   * @param asOf the date
   * @param thresholds the margins
   * @return its progress
   */
  public static KpiProgress progress(Kpi kpi, LocalDate asOf, ProgressThresholds thresholds) {
    List<KpiValue> dated = new ArrayList<>();
    boolean undated = false;
    for (KpiValue measurement : kpi.measurements()) {
      Optional<LocalDate> end = end(measurement);
      if (end.isEmpty()) {
        undated = true;
      } else if (!end.get().isAfter(asOf)) {
        dated.add(measurement);
      }
    }
    // Stable: measurements of the same date stay in the plan's order.
    dated.sort(Comparator.comparing(m -> end(m).orElseThrow()));
    Optional<String> lineProblem = lineProblem(kpi);
    List<KpiReading> readings = new ArrayList<>();
    for (KpiValue measurement : dated) {
      readings.add(lineProblem.isPresent() ? cannotTell(measurement, lineProblem.get()) : read(kpi, measurement, thresholds));
    }
    Optional<String> reason;
    if (lineProblem.isPresent()) {
      reason = lineProblem;
    } else if (!readings.isEmpty()) {
      reason = readings.get(readings.size() - 1).reason();
    } else if (kpi.measurements().isEmpty()) {
      reason = Optional.of("no measurement");
    } else if (undated && kpi.measurements().stream().allMatch(m -> end(m).isEmpty())) {
      reason = Optional.of("no measurement states its period");
    } else {
      reason = Optional.of("no measurement for a period ended by " + asOf);
    }
    ProgressStatus status =
        readings.isEmpty() || lineProblem.isPresent()
            ? ProgressStatus.CANNOT_TELL
            : readings.get(readings.size() - 1).status();
    return new KpiProgress(
        kpi.id(),
        kpi.name(),
        kpi.unit(),
        kpi.direction(),
        kpi.baseline(),
        kpi.target(),
        readings,
        status,
        status == ProgressStatus.CANNOT_TELL ? reason : Optional.empty());
  }

  /** Says why no measurement can be placed on the line, if so. */
  private static Optional<String> lineProblem(Kpi kpi) {
    if (kpi.baseline().isEmpty()) {
      return Optional.of("no baseline");
    }
    if (kpi.target().isEmpty()) {
      return Optional.of("no target");
    }
    KpiValue baseline = kpi.baseline().get();
    KpiValue target = kpi.target().get();
    if (end(baseline).isEmpty()) {
      return Optional.of("the baseline states no period");
    }
    if (end(target).isEmpty()) {
      return Optional.of("the target states no period");
    }
    if (!end(target).get().isAfter(end(baseline).get())) {
      return Optional.of("the target's period does not end after the baseline's");
    }
    int side = target.value().compareTo(baseline.value());
    if (side == 0) {
      return Optional.of("the target equals the baseline");
    }
    KpiDirection direction = kpi.direction().orElse(null);
    if (direction == KpiDirection.HIGHER_IS_BETTER && side < 0) {
      return Optional.of("the target is below the baseline, but higher is better");
    }
    if (direction == KpiDirection.LOWER_IS_BETTER && side > 0) {
      return Optional.of("the target is above the baseline, but lower is better");
    }
    return Optional.empty();
  }

  private static KpiReading read(Kpi kpi, KpiValue measurement, ProgressThresholds thresholds) {
    BigDecimal base = kpi.baseline().orElseThrow().value();
    BigDecimal goal = kpi.target().orElseThrow().value();
    BigDecimal value = measurement.value();
    BigDecimal share;
    if (kpi.direction().orElse(null) == KpiDirection.CLOSER_TO_TARGET_IS_BETTER) {
      share =
          BigDecimal.ONE.subtract(
              value.subtract(goal).abs().divide(base.subtract(goal).abs(), PRECISION));
    } else {
      share = value.subtract(base).divide(goal.subtract(base), PRECISION);
    }
    LocalDate from = end(kpi.baseline().orElseThrow()).orElseThrow();
    LocalDate to = end(kpi.target().orElseThrow()).orElseThrow();
    LocalDate at = end(measurement).orElseThrow();
    BigDecimal expected =
        BigDecimal.valueOf(ChronoUnit.DAYS.between(from, at))
            .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to)), PRECISION)
            .max(BigDecimal.ZERO)
            .min(BigDecimal.ONE);
    BigDecimal achievedPercent = percent(share);
    BigDecimal expectedPercent = percent(expected);
    ProgressStatus status =
        thresholds.statusWhenBehindBy(expectedPercent.subtract(achievedPercent));
    return new KpiReading(
        measurement,
        Optional.of(achievedPercent),
        Optional.of(expectedPercent),
        status,
        Optional.empty());
  }

  private static KpiReading cannotTell(KpiValue measurement, String reason) {
    return new KpiReading(
        measurement, Optional.empty(), Optional.empty(), ProgressStatus.CANNOT_TELL, Optional.of(reason));
  }

  private static BigDecimal percent(BigDecimal fraction) {
    return fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_EVEN);
  }

  /**
   * The date a value stands for: the last day of its period, or of the period's start when it is
   * open-ended.
   */
  static Optional<LocalDate> end(KpiValue value) {
    return value.period().map(KpiLine::end);
  }

  private static LocalDate end(DateRange period) {
    return period.end().or(period::start).orElseThrow().latestDay();
  }
}
