package org.productivityplan.model;

/**
 * Where a transformation project stands.
 */
public enum ProjectStatus implements Coded {
  /** Done: part of "what you have done in recent years". */
  COMPLETED,

  /** Under way. */
  IN_PROGRESS,

  /** Committed to but not started: part of "your current plans". */
  PLANNED,

  /**
   * Being explored, not yet committed to ("the Council continues to explore options around
   * implementing"): neither a current plan nor done.
   */
  PROPOSED;

  private final String code = Coded.toCode(name());

  @Override
  public String code() {
    return code;
  }
}
