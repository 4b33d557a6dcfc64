package org.productivityplan.model;

/**
 * How much a finding matters. A plan is valid when it has no {@link #ERROR}, and complete when it is valid and has no {@link #WARNING}.
 */
public enum Severity implements Coded {
  /** The plan's data contradicts itself or is out of range; nothing built on it can be trusted. */
  ERROR,

  /** The plan falls short of what the 2024 guidance asked. */
  WARNING,

  /** Good practice that the seeds show but the guidance did not demand. */
  INFO;

  private final String code = Coded.toCode(name());

  @Override
  public String code() {
    return code;
  }

  /**
   * Tells whether this severity is at least as serious as another: {@code ERROR} is at least
   * {@code WARNING}.
   *
   * @param other the severity to compare with
   * @return true when this is as serious or more
   */
  public boolean isAtLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
