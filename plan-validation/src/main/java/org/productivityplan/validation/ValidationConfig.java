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
import org.productivityplan.model.Finding;
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
   * A finding not to report, with the reason, in every plan or only in the plan read from one file.
   * It selects the findings of one rule either at one JSON Pointer, or about one element by its id
   * ({@link Finding#elementId()}), anywhere in it or at one pointer relative to it. Selecting by
   * element id survives reordering the plan's lists; a pointer with an array index does not.
   *
   * <pre>{@code
   * Suppression.ofPointer("PP130", "", "Reported in the annual accounts");
   * Suppression.ofElement("PP135", "spend-consultancy", "Stated in the budget book")
   *     .withPointer("/reductionTarget")
   *     .withSource("plans/somerset.json");
   * }</pre>
   *
   * <p>Immutable and thread-safe; equal when every part is.
   */
  public static final class Suppression {

    private final String ruleId;
    private final @Nullable String pointer;
    private final @Nullable String elementId;
    private final String justification;
    private final @Nullable String source;

    private Suppression(
        String ruleId,
        @Nullable String pointer,
        @Nullable String elementId,
        String justification,
        @Nullable String source) {
      checkRuleId(ruleId);
      Objects.requireNonNull(justification, "justification");
      if (pointer == null && elementId == null) {
        throw new IllegalArgumentException(
            "A suppression of " + ruleId + " needs a pointer, an element id or both");
      }
      String where = elementId == null ? "at '" + pointer + "'" : "of element '" + elementId + "'";
      if (pointer != null) {
        JsonPointer.check(pointer);
      }
      if (elementId != null && elementId.isBlank()) {
        throw new IllegalArgumentException(
            "A suppression of " + ruleId + " names a blank element id");
      }
      if (justification.isBlank()) {
        throw new IllegalArgumentException(
            "A suppression of " + ruleId + " " + where + " needs a written justification");
      }
      if (source != null && source.isBlank()) {
        throw new IllegalArgumentException(
            "A suppression of " + ruleId + " " + where + " names a blank source");
      }
      this.ruleId = ruleId;
      this.pointer = pointer;
      this.elementId = elementId;
      this.justification = justification;
      this.source = source;
    }

    /**
     * Returns a suppression of the findings of a rule at one JSON Pointer, in every plan.
     *
     * @param ruleId the rule's id, such as {@code PP130}
     * @param pointer the JSON Pointer the finding points at, exactly; {@code ""} for the whole plan
     * @param justification why the finding does not apply, in words; never blank
     * @return the suppression
     * @throws IllegalArgumentException naming the offending value
     */
    public static Suppression ofPointer(String ruleId, String pointer, String justification) {
      return new Suppression(
          ruleId, Objects.requireNonNull(pointer, "pointer"), null, justification, null);
    }

    /**
     * Returns a suppression of the findings of a rule about one element, wherever in it they point
     * and wherever the element sits in its list, in every plan.
     *
     * @param ruleId the rule's id, such as {@code PP135}
     * @param elementId the element's {@code id}, such as {@code spend-consultancy}
     * @param justification why the finding does not apply, in words; never blank
     * @return the suppression
     * @throws IllegalArgumentException naming the offending value
     */
    public static Suppression ofElement(String ruleId, String elementId, String justification) {
      return new Suppression(
          ruleId, null, Objects.requireNonNull(elementId, "elementId"), justification, null);
    }

    /**
     * Returns a copy limited to one pointer: relative to the element when this suppression names
     * one ({@code ""} for the element itself), else from the root of the plan.
     *
     * @param newPointer the JSON Pointer
     * @return the copy
     * @throws IllegalArgumentException when the pointer is malformed
     */
    public Suppression withPointer(String newPointer) {
      return new Suppression(
          ruleId,
          Objects.requireNonNull(newPointer, "newPointer"),
          elementId,
          justification,
          source);
    }

    /**
     * Returns a copy limited to the plan read from one file.
     *
     * @param newSource the file: a report's source that is this or ends with {@code /} and this
     * @return the copy
     * @throws IllegalArgumentException when the source is blank
     */
    public Suppression withSource(String newSource) {
      return new Suppression(
          ruleId,
          pointer,
          elementId,
          justification,
          Objects.requireNonNull(newSource, "newSource"));
    }

    /**
     * Returns the rule's id.
     *
     * @return the id, such as {@code PP130}
     */
    public String ruleId() {
      return ruleId;
    }

    /**
     * Returns the JSON Pointer the suppressed findings point at: relative to the {@linkplain
     * #elementId() element} when there is one, else from the root.
     *
     * @return the pointer, or empty for anywhere in the element
     */
    public Optional<String> pointer() {
      return Optional.ofNullable(pointer);
    }

    /**
     * Returns the id of the element the suppressed findings are about.
     *
     * @return the id, or empty when the suppression selects by pointer only
     */
    public Optional<String> elementId() {
      return Optional.ofNullable(elementId);
    }

    /**
     * Returns why the findings do not apply.
     *
     * @return the justification, never blank
     */
    public String justification() {
      return justification;
    }

    /**
     * Returns the file the suppression is limited to.
     *
     * @return the file, or empty when it applies to every plan
     */
    public Optional<String> source() {
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
     * Tells whether this suppression covers a finding, wherever it applies: same rule, and the same
     * pointer, or the same element (and the same pointer relative to it, when one is given).
     *
     * @param finding the finding
     * @return true when it covers the finding
     */
    public boolean matches(Finding finding) {
      if (!ruleId.equals(finding.ruleId())) {
        return false;
      }
      if (elementId == null) {
        return finding.pointer().equals(pointer);
      }
      if (!finding.elementId().filter(elementId::equals).isPresent()) {
        return false;
      }
      if (pointer == null) {
        return true;
      }
      String base = finding.elementPointer().orElse("");
      return finding.pointer().length() == base.length() + pointer.length()
          && finding.pointer().startsWith(base)
          && finding.pointer().endsWith(pointer);
    }

    /**
     * Describes where this suppression applies, for messages: {@code at '/pointer'} or {@code of
     * element 'id'} and its relative pointer.
     *
     * @return the description
     */
    public String place() {
      if (elementId == null) {
        return "at '" + Finding.printable(String.valueOf(pointer)) + "'";
      }
      return "of element '"
          + Finding.printable(elementId)
          + "'"
          + (pointer == null ? "" : " at '" + Finding.printable(pointer) + "'");
    }

    @Override
    public boolean equals(@Nullable Object other) {
      if (!(other instanceof Suppression)) {
        return false;
      }
      Suppression that = (Suppression) other;
      return ruleId.equals(that.ruleId)
          && Objects.equals(pointer, that.pointer)
          && Objects.equals(elementId, that.elementId)
          && justification.equals(that.justification)
          && Objects.equals(source, that.source);
    }

    @Override
    public int hashCode() {
      return Objects.hash(ruleId, pointer, elementId, justification, source);
    }

    @Override
    public String toString() {
      return "Suppression{rule="
          + ruleId
          + (elementId == null ? "" : ", elementId=" + elementId)
          + (pointer == null ? "" : ", pointer=" + pointer)
          + (source == null ? "" : ", source=" + source)
          + ", justification="
          + justification
          + '}';
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
      suppressions.add(Suppression.ofPointer(ruleId, pointer, justification));
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
          Suppression.ofPointer(ruleId, pointer, justification)
              .withSource(Objects.requireNonNull(source, "source")));
      return this;
    }

    /**
     * Adds a suppression, such as one selecting by element id ({@link Suppression#ofElement}).
     *
     * @param suppression the suppression
     * @return this builder
     */
    public Builder suppress(Suppression suppression) {
      suppressions.add(Objects.requireNonNull(suppression, "suppression"));
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
