package org.productivityplan.analysis;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far behind the straight line from baseline to target a KPI may be and still count as on
 * track, or at risk. Both margins are in percentage points of the way from baseline to target: with
 * the {@linkplain #defaults() defaults}, a KPI expected to be 60% of the way by the date of its
 * latest measurement is on track at 55% or more, at risk from 45% to under 55%, and off track below
 * 45%.
 *
 * @param onTrack the most a KPI may be behind the line and be on track; at least zero
 * @param atRisk the most it may be behind the line and be at risk; at least {@code onTrack}
 */
public record ProgressThresholds(BigDecimal onTrack, BigDecimal atRisk) {

  private static final ProgressThresholds DEFAULTS =
      new ProgressThresholds(BigDecimal.valueOf(5), BigDecimal.valueOf(15));

  /**
   * Checks the margins.
   *
   * @throws IllegalArgumentException when a margin is negative, or the on-track margin is greater
   *     than the at-risk one
   */
  public ProgressThresholds {
    Objects.requireNonNull(onTrack, "onTrack");
    Objects.requireNonNull(atRisk, "atRisk");
    if (onTrack.signum() < 0 || atRisk.compareTo(onTrack) < 0) {
      throw new IllegalArgumentException(
          "The margins must satisfy 0 <= onTrack <= atRisk, but were onTrack "
              + onTrack.toPlainString()
              + " and atRisk "
              + atRisk.toPlainString());
    }
    onTrack = plain(onTrack);
    atRisk = plain(atRisk);
  }

  /** One scale per value, so that 5 and 5.0 are the same margin and print alike. */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Returns the default margins: on track within 5 percentage points of the line, at risk within
   * 15.
   *
   * @return the defaults
   */
  public static ProgressThresholds defaults() {
    return DEFAULTS;
  }

  /**
   * Returns margins in percentage points.
   *
   * @param onTrack the most a KPI may be behind the line and be on track
   * @param atRisk the most it may be behind the line and be at risk
   * @return the thresholds
   * @throws IllegalArgumentException when a margin is negative, or onTrack is greater than atRisk
   */
  public static ProgressThresholds of(double onTrack, double atRisk) {
    return new ProgressThresholds(BigDecimal.valueOf(onTrack), BigDecimal.valueOf(atRisk));
  }

  /**
   * Returns the status of a KPI that is some way behind the line.
   *
   * @param behind how many percentage points behind the line; negative when ahead of it
   * @return on track, at risk or off track
   */
  public ProgressStatus statusWhenBehindBy(BigDecimal behind) {
    if (behind.compareTo(onTrack) <= 0) {
      return ProgressStatus.ON_TRACK;
    }
    return behind.compareTo(atRisk) <= 0 ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
  }
}
