package org.productivityplan.model;

/**
 * Who endorsed a plan, by kind: the whole executive or council, or one member acting alone.
 */
public enum Endorser implements Coded {
  /** Full council. */
  FULL_COUNCIL,

  /** The Cabinet (or Executive) as a body. */
  CABINET,

  /** A committee of members, such as a scrutiny committee. */
  COMMITTEE,

  /** One member acting alone: a cabinet member, portfolio holder or the leader. */
  SINGLE_MEMBER;

  private final String code = Coded.toCode(name());

  @Override
  public String code() {
    return code;
  }
}
