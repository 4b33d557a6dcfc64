package org.productivityplan.model;

/**
 * What kind of barrier to productivity a plan names (theme 4).
 */
public enum BarrierCategory implements Coded {
  /** The amount, certainty, formulae or bidding for funding. */
  FUNDING,

  /** Law, regulation or national policy. */
  LEGISLATION_AND_REGULATION,

  /** New duties placed on councils without the resources to meet them. */
  NEW_BURDENS,

  /** Obstacles to sharing data with partners. */
  DATA_SHARING,

  /** Recruitment, retention and pay. */
  WORKFORCE,

  /** Pressures from partner organisations, such as the NHS. */
  PARTNER_SYSTEMS,

  /** Powers and funding held centrally that could be devolved. */
  DEVOLUTION,

  /** Physical or digital infrastructure: housing, transport, grid, broadband. */
  INFRASTRUCTURE,

  /** Anything else. */
  OTHER;

  private final String code = Coded.toCode(name());

  @Override
  public String code() {
    return code;
  }
}
