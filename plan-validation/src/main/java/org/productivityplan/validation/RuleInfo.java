package org.productivityplan.validation;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;

/**
 * What a rule is: its stable id, a human name, its category, default severity, the guidance it
 * comes from and why it matters. Build one by name, part by part:
 *
 * <pre>{@code
 * RuleInfo info = RuleInfo.builder()
 *     .id("ACME001")
 *     .name("introduction-present")
 *     .summary("The plan has an introduction.")
 *     .category(RuleCategory.GENERAL)
 *     .defaultSeverity(Severity.WARNING)
 *     .guidance("Acme house style, section 2")
 *     .rationale("Readers start with the introduction.")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; two are equal when every part is.
 */
public final class RuleInfo {

  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*[0-9]{3}");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final String id;
  private final String name;
  private final String summary;
  private final RuleCategory category;
  private final Severity defaultSeverity;
  private final String guidance;
  private final String rationale;
  private final @Nullable Theme theme;

  private RuleInfo(Builder builder) {
    this.id = required(builder.id, "id");
    this.name = required(builder.name, "name");
    this.summary = required(builder.summary, "summary");
    this.category = required(builder.category, "category");
    this.defaultSeverity = required(builder.defaultSeverity, "defaultSeverity");
    this.guidance = required(builder.guidance, "guidance");
    this.rationale = required(builder.rationale, "rationale");
    this.theme = builder.theme;
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "A rule id is capital letters then three digits, such as PP130, but was '" + id + "'");
    }
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "A rule name is lower-case words joined by hyphens, but was '" + name + "'");
    }
  }

  private <T> T required(@Nullable T value, String part) {
    if (value == null) {
      throw new IllegalStateException(
          "A rule's " + part + " is required; set it with RuleInfo.builder()." + part + "(...)");
    }
    return value;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; every part but the theme is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the stable, opaque id, such as {@code PP130}: capital letters then three digits.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns a short human name in kebab case, distinct from the id, such as {@code
   * consultancy-spend-reported}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns one sentence saying what the rule checks.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * Returns the catalogue section.
   *
   * @return the category
   */
  public RuleCategory category() {
    return category;
  }

  /**
   * Returns the severity of its findings unless configured otherwise.
   *
   * @return the severity
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Returns the guidance reference: document and section.
   *
   * @return the reference
   */
  public String guidance() {
    return guidance;
  }

  /**
   * Returns why the rule matters, for its documentation.
   *
   * @return the rationale
   */
  public String rationale() {
    return rationale;
  }

  /**
   * Returns the guidance theme the rule belongs to.
   *
   * @return the theme, or empty when it belongs to none
   */
  public Optional<Theme> theme() {
    return Optional.ofNullable(theme);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof RuleInfo)) {
      return false;
    }
    RuleInfo that = (RuleInfo) other;
    return id.equals(that.id)
        && name.equals(that.name)
        && summary.equals(that.summary)
        && category == that.category
        && defaultSeverity == that.defaultSeverity
        && guidance.equals(that.guidance)
        && rationale.equals(that.rationale)
        && theme == that.theme;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, summary, category, defaultSeverity, guidance, rationale, theme);
  }

  @Override
  public String toString() {
    return "RuleInfo{" + id + ' ' + name + ", " + defaultSeverity.code() + '}';
  }

  /** Builds a {@link RuleInfo}. Not thread-safe; use one builder per thread. */
  public static final class Builder {

    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String summary;
    private @Nullable RuleCategory category;
    private @Nullable Severity defaultSeverity;
    private @Nullable String guidance;
    private @Nullable String rationale;
    private @Nullable Theme theme;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param newId capital letters then three digits, such as {@code ACME001}
     * @return this builder
     */
    public Builder id(String newId) {
      this.id = Objects.requireNonNull(newId, "newId");
      return this;
    }

    /**
     * Sets the human name.
     *
     * @param newName lower-case words joined by hyphens
     * @return this builder
     */
    public Builder name(String newName) {
      this.name = Objects.requireNonNull(newName, "newName");
      return this;
    }

    /**
     * Sets the one-sentence summary.
     *
     * @param newSummary what the rule checks
     * @return this builder
     */
    public Builder summary(String newSummary) {
      this.summary = Objects.requireNonNull(newSummary, "newSummary");
      return this;
    }

    /**
     * Sets the catalogue section.
     *
     * @param newCategory the category
     * @return this builder
     */
    public Builder category(RuleCategory newCategory) {
      this.category = Objects.requireNonNull(newCategory, "newCategory");
      return this;
    }

    /**
     * Sets the default severity.
     *
     * @param severity the severity of its findings unless configured otherwise
     * @return this builder
     */
    public Builder defaultSeverity(Severity severity) {
      this.defaultSeverity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /**
     * Sets the guidance reference.
     *
     * @param reference document and section
     * @return this builder
     */
    public Builder guidance(String reference) {
      this.guidance = Objects.requireNonNull(reference, "reference");
      return this;
    }

    /**
     * Sets why the rule matters.
     *
     * @param newRationale the rationale
     * @return this builder
     */
    public Builder rationale(String newRationale) {
      this.rationale = Objects.requireNonNull(newRationale, "newRationale");
      return this;
    }

    /**
     * Sets the guidance theme the rule belongs to; none unless set.
     *
     * @param newTheme the theme
     * @return this builder
     */
    public Builder theme(Theme newTheme) {
      this.theme = Objects.requireNonNull(newTheme, "newTheme");
      return this;
    }

    /**
     * Builds the rule's metadata.
     *
     * @return the metadata
     * @throws IllegalStateException when a required part is not set
     * @throws IllegalArgumentException when the id or name is malformed
     */
    public RuleInfo build() {
      return new RuleInfo(this);
    }
  }
}
