package org.productivityplan.analysis;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.productivityplan.model.KpiValue;

/**
 * One measurement of a KPI, placed on the straight line from its baseline to its target.
 *
 * @param measurement the measurement
 * @param shareAchieved how far it is from the baseline to the target, in per cent (0 at the
 *     baseline, 100 at the target; below 0 when worse than the baseline, above 100 when beyond the
 *     target), to one decimal place; empty when it cannot be told
 * @param shareExpected how far the straight line is by the end of the measurement's period, in per
 *     cent (0 to 100), to one decimal place; empty when it cannot be told
 * @param status on track, at risk, off track, or cannot tell
 * @param reason why the status cannot be told; empty otherwise
 */
public record KpiReading(
    KpiValue measurement,
    Optional<BigDecimal> shareAchieved,
    Optional<BigDecimal> shareExpected,
    ProgressStatus status,
    Optional<String> reason) {

  /** Checks that no component is null. */
  public KpiReading {
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(shareAchieved, "shareAchieved");
    Objects.requireNonNull(shareExpected, "shareExpected");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }
}
