package org.productivityplan.validation.internal;

import org.productivityplan.model.Severity;

/**
 * The ids of the engine's own findings, which are not rules of any profile and cannot be
 * configured. The prefixes {@code SDK} (the engine's findings) and {@code IO} (problems met reading
 * a plan, such as {@code IO001}) are reserved: no rule may take an id that starts with them.
 */
public enum EngineIds {
  /** A rule threw instead of checking the plan; the report must not look like a pass. */
  RULE_FAILED(
      "SDK001",
      "rule-failed",
      Severity.ERROR,
      "A rule failed with an exception, so the plan was not fully checked."),
  /** A suppression of the configuration matched no finding and can be removed. */
  UNUSED_SUPPRESSION(
      "SDK002",
      "unused-suppression",
      Severity.INFO,
      "A suppression in the configuration matched no finding; it can be removed."),
  /** A field constraint of the model that maps to no rule of the catalogue was violated. */
  CONSTRAINT_VIOLATED(
      "SDK003",
      "constraint-violated",
      Severity.ERROR,
      "A field constraint of the model was violated.");

  private final String id;
  private final String ruleName;
  private final Severity severity;
  private final String summary;

  EngineIds(String id, String ruleName, Severity severity, String summary) {
    this.id = id;
    this.ruleName = ruleName;
    this.severity = severity;
    this.summary = summary;
  }

  /**
   * Returns the finding id.
   *
   * @return the id, such as {@code SDK001}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the human name, distinct from the id.
   *
   * @return the name in kebab case
   */
  public String ruleName() {
    return ruleName;
  }

  /**
   * Returns the severity of its findings.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns one sentence saying what it means.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * Tells whether an id belongs to the engine.
   *
   * @param ruleId an id
   * @return true when it starts with {@code SDK} or {@code IO} and a digit
   */
  public static boolean isReserved(String ruleId) {
    return ruleId.startsWith("SDK")
        || (ruleId.startsWith("IO") && ruleId.length() > 2 && Character.isDigit(ruleId.charAt(2)));
  }

  /**
   * Finds the engine id of a finding id.
   *
   * @param ruleId a finding id
   * @return the engine id, or null when it is not one
   */
  public static @org.jspecify.annotations.Nullable EngineIds of(String ruleId) {
    for (EngineIds engineId : values()) {
      if (engineId.id.equals(ruleId)) {
        return engineId;
      }
    }
    return null;
  }
}
