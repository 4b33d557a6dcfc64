package org.productivityplan.model;

/**
 * What kind of body oversees delivery or reviews progress.
 */
public enum ForumKind implements Coded {
  /** The cabinet or executive, or one of its members. */
  CABINET,

  /** Full council. */
  COUNCIL,

  /** A committee of members, such as scrutiny or audit. */
  COMMITTEE,

  /** A board of officers, members or both. */
  BOARD,

  /** A leadership team or other group of officers. */
  OFFICER_GROUP,

  /** Anything else. */
  OTHER;

  private final String code = Coded.toCode(name());

  @Override
  public String code() {
    return code;
  }
}
