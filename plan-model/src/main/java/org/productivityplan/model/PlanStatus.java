package org.productivityplan.model;

/**
 * The lifecycle of a plan.
 */
public enum PlanStatus implements Coded {
  /** Being written; not yet endorsed by members. */
  DRAFT,

  /**
   * Finished: the final version, where the record cannot say whether it was endorsed, submitted
   * or published (a plan whose text shows it was finalised, say, but that states no status).
   */
  FINAL,

  /** Endorsed by members (a cabinet, a cabinet member or full council). */
  ENDORSED,

  /** Submitted to the department. */
  SUBMITTED,

  /** Published on the council's website. */
  PUBLISHED;

  private final String code = Coded.toCode(name());

  @Override
  public String code() {
    return code;
  }
}
