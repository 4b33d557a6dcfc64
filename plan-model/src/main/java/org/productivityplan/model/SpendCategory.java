package org.productivityplan.model;

/**
 * The kinds of spend the 2024 guidance and Somerset's scrutiny paper single out.
 */
public enum SpendCategory implements Coded {
  /** Spend on consultants and interims. */
  CONSULTANCY,

  /** Spend on agency staff. */
  AGENCY_STAFF,

  /** Spend on staff equality, diversity and inclusion programmes (programmes promoting integration, civic pride and counter-extremism are excluded). */
  EDI,

  /** Trade union facility time, published under the Local Government Transparency Code 2015. */
  TRADE_UNION_FACILITY_TIME,

  /** Any other spend a plan reports as wasteful or under review. */
  OTHER;

  private final String code = Coded.toCode(name());

  @Override
  public String code() {
    return code;
  }
}
