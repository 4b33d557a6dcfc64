package org.productivityplan.model;

/**
 * Which way a KPI improves.
 */
public enum KpiDirection implements Coded {
  /** A larger value is better. */
  HIGHER_IS_BETTER,

  /** A smaller value is better. */
  LOWER_IS_BETTER,

  /** A value nearer the target is better, from either side. */
  CLOSER_TO_TARGET_IS_BETTER;

  private final String code = Coded.toCode(name());

  @Override
  public String code() {
    return code;
  }
}
