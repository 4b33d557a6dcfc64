package org.productivityplan.model;

/**
 * How often a forum meets or reports.
 */
public enum Frequency implements Coded {
  /** Every week. */
  WEEKLY,

  /** Every month. */
  MONTHLY,

  /** Every quarter. */
  QUARTERLY,

  /** Every year. */
  ANNUALLY,

  /** When needed, with no fixed cycle. */
  AD_HOC;

  private final String code = Coded.toCode(name());

  @Override
  public String code() {
    return code;
  }
}
