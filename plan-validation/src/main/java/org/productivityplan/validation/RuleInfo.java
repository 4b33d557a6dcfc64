package org.productivityplan.validation;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;

/**
 * What a rule is: its stable id, a human name, its category, default severity, the guidance it
 * comes from and why it matters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the stable, opaque id, such as {@code PP130}: letters then digits
 * @param name a short human name in kebab case, distinct from the id, such as {@code
 *     consultancy-spend-reported}
 * @param summary one sentence saying what the rule checks
 * @param category the catalogue section
 * @param defaultSeverity the severity of its findings unless configured otherwise
 * @param guidance the guidance reference: document and section
 * @param rationale why the rule matters, for its documentation
 * @param theme the guidance theme the rule belongs to, or null for none
 */
public record RuleInfo(
    String id,
    String name,
    String summary,
    RuleCategory category,
    Severity defaultSeverity,
    String guidance,
    String rationale,
    @Nullable Theme theme) {

  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*[0-9]{3}");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** Checks the invariants: an id of letters then three digits, and a kebab-case name. */
  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(guidance, "guidance");
    Objects.requireNonNull(rationale, "rationale");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "A rule id is capital letters then three digits, such as PP130, but was '" + id + "'");
    }
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "A rule name is lower-case words joined by hyphens, but was '" + name + "'");
    }
  }

  /**
   * Returns the theme, if the rule belongs to one.
   *
   * @return the theme, or empty
   */
  public Optional<Theme> themeIfAny() {
    return Optional.ofNullable(theme);
  }
}
