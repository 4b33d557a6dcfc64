package org.productivityplan.analysis;

import org.productivityplan.model.Coded;

/** How a KPI is doing against a straight line from its baseline to its target. */
public enum ProgressStatus implements Coded {
  /** At or above the line, or behind it by no more than the on-track margin. */
  ON_TRACK("on track"),
  /** Behind the line by more than the on-track margin, and no more than the at-risk margin. */
  AT_RISK("at risk"),
  /** Behind the line by more than the at-risk margin. */
  OFF_TRACK("off track"),
  /** Not enough to go on: no baseline, target or measurement, or one without a date. */
  CANNOT_TELL("cannot tell");

  private final String code = Coded.toCode(name());
  private final String label;

  ProgressStatus(String label) {
    this.label = label;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the status for people, such as {@code on track}.
   *
   * @return the text
   */
  public String label() {
    return label;
  }
}
