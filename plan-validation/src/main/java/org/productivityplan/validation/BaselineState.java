package org.productivityplan.validation;

/**
 * How a finding stands against a baseline, an earlier report of the same plan: matched by {@link
 * org.productivityplan.model.Finding#fingerprint()}, so reordering the plan's lists changes
 * nothing. The names are SARIF's {@code baselineState} values.
 */
public enum BaselineState {
  /** The earlier report did not have it: the revision introduced it. */
  NEW("new"),
  /** The earlier report had it too. */
  UNCHANGED("unchanged"),
  /** The earlier report had it and this one does not: the revision fixed it. */
  ABSENT("absent");

  private final String code;

  BaselineState(String code) {
    this.code = code;
  }

  /**
   * Returns the name used in JSON and SARIF reports.
   *
   * @return {@code new}, {@code unchanged} or {@code absent}
   */
  public String code() {
    return code;
  }
}
