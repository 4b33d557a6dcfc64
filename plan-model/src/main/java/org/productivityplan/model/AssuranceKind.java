package org.productivityplan.model;

/**
 * Kinds of external and internal assurance a council cites.
 */
public enum AssuranceKind implements Coded {
  /** A Local Government Association corporate peer challenge. */
  PEER_CHALLENGE,

  /** Another peer review, such as an LGA service assurance peer challenge. */
  PEER_REVIEW,

  /** A review by a scrutiny committee. */
  SCRUTINY,

  /** Internal or external audit, or an audit committee. */
  AUDIT,

  /** An inspection by a regulator such as Ofsted or the CQC. */
  INSPECTION,

  /** Anything else. */
  OTHER;

  private final String code = Coded.toCode(name());

  @Override
  public String code() {
    return code;
  }
}
