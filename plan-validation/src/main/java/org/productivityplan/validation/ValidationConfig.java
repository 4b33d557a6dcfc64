package org.productivityplan.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.internal.ConfigReader;

/**
 * How a {@link PlanValidator} treats rules, by rule id: which are disabled, which report at another
 * severity, and which findings are suppressed at one place with a written justification.
 *
 * <p>A configuration is built in code with {@link #builder()} or read from a small JSON file with
 * {@link #load(Path)} or {@link #parse(String)}; the format is documented in {@code
 * docs/validation.md}:
 *
 * <pre>{@code
 * {
 *   "rules": {
 *     "PP164": {"severity": "info"},
 *     "PP150": {"enabled": false}
 *   },
 *   "suppressions": [
 *     {"rule": "PP130", "pointer": "", "justification": "Reported in the annual accounts"}
 *   ]
 * }
 * }</pre>
 *
 * <p>A validator rejects a configuration that names a rule its profile does not have, so that a
 * typing error cannot silently switch nothing off. Suppressions that matched no finding are
 * reported in each {@link ValidationReport}.
 *
 * <p>Two configurations are equal when they configure the same rules and suppressions, wherever
 * they were read from.
 *
 * <p>Immutable and thread-safe.
 */
public final class ValidationConfig {

  private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*[0-9]{3}");
  private static final ValidationConfig DEFAULTS = new Builder().build();

  private final Map<String, Boolean> enabled;
  private final Map<String, Severity> severities;
  private final List<Suppression> suppressions;
  private final @Nullable String source;

  private ValidationConfig(Builder builder) {
    this.enabled = Collections.unmodifiableMap(new TreeMap<>(builder.enabled));
    this.severities = Collections.unmodifiableMap(new TreeMap<>(builder.severities));
    this.suppressions = List.copyOf(builder.suppressions);
    this.source = builder.source;
  }

  /**
   * Returns the configuration that changes nothing: every rule enabled at its default severity, no
   * suppressions.
   *
   * @return the default configuration
   */
  public static ValidationConfig defaults() {
    return DEFAULTS;
  }

  /**
   * Reads a configuration from JSON text.
   *
   * @param json the configuration, in the format of {@code docs/validation.md}
   * @return the configuration
   * @throws InvalidConfigurationException naming the pointer, line and column of what is wrong
   */
  public static ValidationConfig parse(String json) {
    Objects.requireNonNull(json, "json");
    return ConfigReader.read(json, null);
  }

  /**
   * Reads a configuration from a JSON file (UTF-8).
   *
   * @param file the file, in the format of {@code docs/validation.md}
   * @return the configuration, whose {@link #source()} is the file
   * @throws InvalidConfigurationException naming the file, and the pointer, line and column of what
   *     is wrong, or why the file could not be read
   */
  public static ValidationConfig load(Path file) {
    Objects.requireNonNull(file, "file");
    return ConfigReader.read(file);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of an empty configuration
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether a rule is enabled: every rule is, unless disabled.
   *
   * @param ruleId a rule id
   * @return false when the configuration disables the rule
   */
  public boolean isEnabled(String ruleId) {
    return enabled.getOrDefault(ruleId, Boolean.TRUE);
  }

  /**
   * Returns the severity configured for a rule.
   *
   * @param ruleId a rule id
   * @return the severity, or empty when the rule keeps its own
   */
  public Optional<Severity> severity(String ruleId) {
    return Optional.ofNullable(severities.get(ruleId));
  }

  /**
   * Returns the suppressions, in the order given.
   *
   * @return the suppressions
   */
  public List<Suppression> suppressions() {
    return suppressions;
  }

  /**
   * Returns every rule id the configuration names, in its rules section or its suppressions.
   *
   * @return the ids, sorted
   */
  public Set<String> ruleIds() {
    Set<String> ids = new TreeSet<>(enabled.keySet());
    ids.addAll(severities.keySet());
    suppressions.forEach(s -> ids.add(s.ruleId()));
    return Collections.unmodifiableSet(ids);
  }

  /**
   * Returns where the configuration was read from.
   *
   * @return the file, or empty when built in code or parsed from text
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Tells whether the configuration changes nothing.
   *
   * @return true when no rule is disabled or re-graded and nothing is suppressed
   */
  public boolean isDefault() {
    return enabled.isEmpty() && severities.isEmpty() && suppressions.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ValidationConfig
        && enabled.equals(((ValidationConfig) other).enabled)
        && severities.equals(((ValidationConfig) other).severities)
        && suppressions.equals(((ValidationConfig) other).suppressions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(enabled, severities, suppressions);
  }

  @Override
  public String toString() {
    return "ValidationConfig{enabled="
        + enabled
        + ", severities="
        + severities
        + ", suppressions="
        + suppressions
        + '}';
  }

  static boolean isRuleId(String id) {
    return RULE_ID.matcher(id).matches();
  }

  private static String checkRuleId(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    if (!isRuleId(ruleId)) {
      throw new IllegalArgumentException(
          "A rule id is capital letters then three digits, such as PP130, but was '"
              + ruleId
              + "'");
    }
    return ruleId;
  }

  /**
   * A finding not to report: the findings of one rule at one JSON Pointer, with the reason, in
   * every plan or only in the plan read from one file.
   *
   * <p>Immutable and thread-safe.
   *
   * @param ruleId the rule's id, such as {@code PP130}
   * @param pointer the JSON Pointer the finding points at, exactly; {@code ""} for the whole plan
   * @param justification why the finding does not apply, in words; never blank
   * @param source the file the suppression is limited to, or null for every plan: it applies to a
   *     report whose source is this, or ends with {@code /} and this (so {@code somerset.json}
   *     matches {@code plans/somerset.json})
   */
  public record Suppression(
      String ruleId, String pointer, String justification, @Nullable String source) {

    /**
     * Checks the rule id, the pointer, the justification and the source.
     *
     * @throws IllegalArgumentException naming the offending value
     */
    public Suppression {
      checkRuleId(ruleId);
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(justification, "justification");
      if (!pointer.isEmpty() && !pointer.startsWith("/")) {
        throw new IllegalArgumentException(
            "A JSON Pointer is empty or starts with '/', but was '" + pointer + "'");
      }
      if (justification.isBlank()) {
        throw new IllegalArgumentException(
            "A suppression of " + ruleId + " at '" + pointer + "' needs a written justification");
      }
      if (source != null && source.isBlank()) {
        throw new IllegalArgumentException(
            "A suppression of " + ruleId + " at '" + pointer + "' names a blank source");
      }
    }

    /**
     * Creates a suppression that applies to every plan.
     *
     * @param ruleId the rule's id
     * @param pointer the JSON Pointer
     * @param justification why, in words
     * @throws IllegalArgumentException naming the offending value
     */
    public Suppression(String ruleId, String pointer, String justification) {
      this(ruleId, pointer, justification, null);
    }

    /**
     * Returns the file the suppression is limited to.
     *
     * @return the file, or empty when it applies to every plan
     */
    public Optional<String> sourceIfAny() {
      return Optional.ofNullable(source);
    }

    /**
     * Tells whether this suppression applies to the plan read from a source.
     *
     * @param reportSource the report's source, or null when unknown
     * @return true when the suppression names no source, or the report's source is its source or
     *     ends with {@code /} and it ({@code \} counts as {@code /})
     */
    public boolean appliesTo(@Nullable String reportSource) {
      if (source == null) {
        return true;
      }
      if (reportSource == null) {
        return false;
      }
      String normalReport = reportSource.replace('\\', '/');
      String normalSource = source.replace('\\', '/');
      return normalReport.equals(normalSource) || normalReport.endsWith("/" + normalSource);
    }

    /**
     * Tells whether this suppression covers a finding, wherever it applies.
     *
     * @param findingRuleId the finding's rule id
     * @param findingPointer the finding's pointer
     * @return true when both are equal to this suppression's
     */
    public boolean matches(String findingRuleId, String findingPointer) {
      return ruleId.equals(findingRuleId) && pointer.equals(findingPointer);
    }
  }

  /** Builds a {@link ValidationConfig}. Not thread-safe; use one builder per thread. */
  public static final class Builder {

    private final Map<String, Boolean> enabled = new TreeMap<>();
    private final Map<String, Severity> severities = new TreeMap<>();
    private final List<Suppression> suppressions = new ArrayList<>();
    private @Nullable String source;

    private Builder() {}

    /**
     * Copies everything from another configuration, its source included.
     *
     * @param config the configuration to start from
     * @return this builder
     */
    public Builder from(ValidationConfig config) {
      Objects.requireNonNull(config, "config");
      enabled.putAll(config.enabled);
      severities.putAll(config.severities);
      suppressions.addAll(config.suppressions);
      source = config.source;
      return this;
    }

    /**
     * Disables a rule: it does not run, and reports nothing.
     *
     * @param ruleId the rule's id
     * @return this builder
     * @throws IllegalArgumentException when the id is not of the form of a rule id
     */
    public Builder disable(String ruleId) {
      enabled.put(checkRuleId(ruleId), Boolean.FALSE);
      return this;
    }

    /**
     * Enables a rule again (rules are enabled unless disabled).
     *
     * @param ruleId the rule's id
     * @return this builder
     * @throws IllegalArgumentException when the id is not of the form of a rule id
     */
    public Builder enable(String ruleId) {
      enabled.put(checkRuleId(ruleId), Boolean.TRUE);
      return this;
    }

    /**
     * Makes every finding of a rule report at the given severity.
     *
     * @param ruleId the rule's id
     * @param severity the severity
     * @return this builder
     * @throws IllegalArgumentException when the id is not of the form of a rule id
     */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(checkRuleId(ruleId), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Suppresses the findings of a rule at one JSON Pointer.
     *
     * @param ruleId the rule's id
     * @param pointer the pointer, exactly as findings give it; {@code ""} for the whole plan
     * @param justification why, in words
     * @return this builder
     * @throws IllegalArgumentException when the id or pointer is malformed or the justification
     *     blank
     */
    public Builder suppress(String ruleId, String pointer, String justification) {
      suppressions.add(new Suppression(ruleId, pointer, justification));
      return this;
    }

    /**
     * Suppresses the findings of a rule at one JSON Pointer in the plan read from one file only.
     *
     * @param ruleId the rule's id
     * @param pointer the pointer, exactly as findings give it; {@code ""} for the whole plan
     * @param justification why, in words
     * @param source the file: a report's source that is this or ends with {@code /} and this
     * @return this builder
     * @throws IllegalArgumentException when the id or pointer is malformed, or the justification or
     *     source blank
     */
    public Builder suppress(String ruleId, String pointer, String justification, String source) {
      suppressions.add(
          new Suppression(
              ruleId, pointer, justification, Objects.requireNonNull(source, "source")));
      return this;
    }

    /**
     * Names where the configuration comes from, for messages.
     *
     * @param newSource a file name or other description, or null for none
     * @return this builder
     */
    public Builder source(@Nullable String newSource) {
      this.source = newSource;
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     */
    public ValidationConfig build() {
      return new ValidationConfig(this);
    }
  }
}
