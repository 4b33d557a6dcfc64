package org.productivityplan.model;

/**
 * How firm a benefit is: a saving or a measured outcome.
 */
public enum BenefitBasis implements Coded {
  /** Aimed at, as in a business case or budget. */
  TARGETED,

  /** Forecast from delivery so far. */
  PROJECTED,

  /** Already delivered. */
  ACHIEVED;

  private final String code = Coded.toCode(name());

  @Override
  public String code() {
    return code;
  }
}
