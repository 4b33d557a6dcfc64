package org.productivityplan.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.productivityplan.analysis.internal.progress.KpiLine;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.KpiDirection;
import org.productivityplan.model.KpiValue;
import org.productivityplan.model.ProductivityPlan;

/**
 * How one KPI is doing on a given date: its baseline, latest measurement and target, the share of
 * the way from baseline to target achieved, and a status against a straight line from the end of
 * the baseline's period to the end of the target's.
 *
 * <p>The share respects the KPI's direction: for {@code higherIsBetter} and {@code lowerIsBetter}
 * it is {@code (latest - baseline) / (target - baseline)}; for {@code closerToTargetIsBetter} it is
 * {@code 1 - |latest - target| / |baseline - target|}; with no direction, the target's side of the
 * baseline says which way is better. The line expects, by the end of the latest measurement's
 * period, the share of the time from the baseline's end to the target's end that has passed. The
 * status compares the two with the {@link ProgressThresholds}. Only measurements whose period has
 * ended by the as-of date count.
 *
 * <p>When the status cannot be told, {@link #reason()} says why: no baseline, no target, no
 * measurement (by the date), a baseline, target or measurement without a period, a target period
 * that does not end after the baseline's, a target equal to the baseline, or a target on the wrong
 * side of the baseline for the KPI's direction.
 *
 * <p>These are facts for the reader, not guidance findings: they do not change whether a plan is
 * valid or complete.
 *
 * @param kpiId the KPI's id
 * @param name the KPI's name
 * @param unit the KPI's unit, if given
 * @param direction which way is better, if given
 * @param baseline the baseline, if given
 * @param target the target, if given
 * @param readings every measurement whose period has ended by the date, in date order, each
 *     placed on the line
 * @param status the status of the latest reading, or {@link ProgressStatus#CANNOT_TELL}
 * @param reason why the status cannot be told; empty otherwise
 */
public record KpiProgress(
    String kpiId,
    String name,
    Optional<String> unit,
    Optional<KpiDirection> direction,
    Optional<KpiValue> baseline,
    Optional<KpiValue> target,
    List<KpiReading> readings,
    ProgressStatus status,
    Optional<String> reason) {

  /** Checks that no component is null, and copies the readings. */
  public KpiProgress {
    Objects.requireNonNull(kpiId, "kpiId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(target, "target");
    readings = List.copyOf(readings);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns the progress of every KPI of a plan, in the plan's order, with the default thresholds.
   *
   * @param plan the plan
   * @param asOf the date: measurements whose period ends later do not count yet
   * @return one progress per KPI
   */
  public static List<KpiProgress> of(ProductivityPlan plan, LocalDate asOf) {
    return of(plan, asOf, ProgressThresholds.defaults());
  }

  /**
   * Returns the progress of every KPI of a plan, in the plan's order.
   *
   * @param plan the plan
   * @param asOf the date: measurements whose period ends later do not count yet
   * @param thresholds the margins of on track and at risk
   * @return one progress per KPI
   */
  public static List<KpiProgress> of(
      ProductivityPlan plan, LocalDate asOf, ProgressThresholds thresholds) {
    Objects.requireNonNull(plan, "plan");
    return plan.kpis().stream().map(kpi -> of(kpi, asOf, thresholds)).toList();
  }

  /**
   * Returns the progress of one KPI.
   *
   * @param kpi the KPI
   * @param asOf the date: measurements whose period ends later do not count yet
   * @param thresholds the margins of on track and at risk
   * @return its progress
   */
  public static KpiProgress of(Kpi kpi, LocalDate asOf, ProgressThresholds thresholds) {
    return KpiLine.progress(
        Objects.requireNonNull(kpi, "kpi"),
        Objects.requireNonNull(asOf, "asOf"),
        Objects.requireNonNull(thresholds, "thresholds"));
  }

  /**
   * Returns the latest measurement whose period has ended by the date.
   *
   * @return the latest reading's measurement, if any
   */
  public Optional<KpiValue> latest() {
    return readings.isEmpty()
        ? Optional.empty()
        : Optional.of(readings.get(readings.size() - 1).measurement());
  }

  /**
   * Returns the share of the way from baseline to target that the latest measurement achieves.
   *
   * @return the latest reading's share, in per cent, if it can be told
   */
  public Optional<BigDecimal> shareAchieved() {
    return readings.isEmpty()
        ? Optional.empty()
        : readings.get(readings.size() - 1).shareAchieved();
  }
}
