package org.productivityplan.model;

/**
 * Where an implementation milestone stands.
 */
public enum MilestoneStatus implements Coded {
  /** Not yet due or not yet started. */
  PLANNED,

  /** Being worked on. */
  IN_PROGRESS,

  /** Reached. */
  ACHIEVED,

  /** Not reached by its due date, still intended. */
  DELAYED,

  /** No longer intended. */
  CANCELLED;

  private final String code = Coded.toCode(name());

  @Override
  public String code() {
    return code;
  }
}
