package org.productivityplan.validation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.internal.BaselineComparison;
import org.productivityplan.validation.internal.FindingTally;

/**
 * What validating one plan found: the problems met while reading it and the findings of the rules,
 * in one list, sorted by severity (errors first), then JSON Pointer (in document order, array
 * indexes numerically), then rule id.
 *
 * <p>A plan is {@linkplain #isValid() valid} when no finding is an error, and {@linkplain
 * #isComplete() complete} when it is valid and no finding is a warning. Counts and verdicts cover
 * every finding, even when the list was {@linkplain #isTruncated() truncated} to the validator's
 * cap.
 *
 * <p>Immutable and thread-safe.
 */
public final class ValidationReport {

  /** The number of findings a report keeps unless a validator says otherwise. */
  public static final int DEFAULT_MAX_FINDINGS = 1000;

  private final List<Finding> findings;
  private final int totalFindings;
  private final Map<Severity, Integer> counts;
  private final Map<Theme, Integer> themeCounts;
  private final List<String> erroredRules;
  private final List<ValidationConfig.Suppression> unusedSuppressions;
  private final int suppressedCount;
  private final @Nullable String source;
  private final @Nullable String council;
  private final @Nullable String title;
  private final @Nullable String profile;
  private final @Nullable BaselineComparison baseline;
  private final List<Finding> absent;

  ValidationReport(
      FindingTally tally,
      List<String> erroredRules,
      List<ValidationConfig.Suppression> unusedSuppressions,
      int suppressedCount,
      @Nullable String source,
      @Nullable String council,
      @Nullable String title,
      @Nullable String profile,
      @Nullable BaselineComparison baseline) {
    this.findings = List.copyOf(tally.sorted());
    this.baseline = baseline;
    this.absent = baseline == null ? List.of() : baseline.absent();
    this.totalFindings = tally.total();
    this.counts = tally.counts();
    this.themeCounts = tally.themeCounts();
    this.erroredRules = List.copyOf(erroredRules);
    this.unusedSuppressions = List.copyOf(unusedSuppressions);
    this.suppressedCount = suppressedCount;
    this.source = source;
    this.council = council;
    this.title = title;
    this.profile = profile;
  }

  private ValidationReport(ValidationReport original, @Nullable String source) {
    this.findings = original.findings;
    this.totalFindings = original.totalFindings;
    this.counts = original.counts;
    this.themeCounts = original.themeCounts;
    this.erroredRules = original.erroredRules;
    this.unusedSuppressions = original.unusedSuppressions;
    this.suppressedCount = original.suppressedCount;
    this.source = source;
    this.council = original.council;
    this.title = original.title;
    this.profile = original.profile;
    this.baseline = original.baseline;
    this.absent = original.absent;
  }

  /**
   * Returns a report of the problems met reading an input that yielded no plan, so that unreadable
   * and invalid inputs are reported alike.
   *
   * @param problems the problems, such as those of a {@code ReadResult}
   * @return the report, without council, title or source; capped at {@link #DEFAULT_MAX_FINDINGS}
   */
  public static ValidationReport ofProblems(List<Finding> problems) {
    return ofProblems(problems, null);
  }

  /**
   * Returns a report of the problems met reading a named input that yielded no plan, so that
   * unreadable and invalid inputs are reported alike.
   *
   * @param problems the problems, such as those of a {@code ReadResult}
   * @param source the file name or other source, as {@link #source()}; null when unknown
   * @return the report, without council or title; capped at {@link #DEFAULT_MAX_FINDINGS}
   */
  public static ValidationReport ofProblems(List<Finding> problems, @Nullable String source) {
    Objects.requireNonNull(problems, "problems");
    FindingTally tally = new FindingTally(DEFAULT_MAX_FINDINGS);
    for (Finding problem : problems) {
      tally.add(Objects.requireNonNull(problem, "a problem is null"));
    }
    return new ValidationReport(tally, List.of(), List.of(), 0, source, null, null, null, null);
  }

  /**
   * Returns the findings, sorted, at most the validator's cap of them.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Tells whether the plan is valid: no finding is an error.
   *
   * @return true when there is no error
   */
  public boolean isValid() {
    return counts.get(Severity.ERROR) == 0;
  }

  /**
   * Tells whether the plan is complete: valid, and no finding is a warning.
   *
   * @return true when there is neither error nor warning
   */
  public boolean isComplete() {
    return isValid() && counts.get(Severity.WARNING) == 0;
  }

  /**
   * Tells whether some finding is at least as serious as a severity.
   *
   * @param severity the threshold
   * @return true when a finding has that severity or a more serious one
   */
  public boolean hasAtLeast(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    for (Severity s : Severity.values()) {
      if (s.isAtLeast(severity) && counts.get(s) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns how many findings have a severity, counting those beyond the cap.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    return counts.get(Objects.requireNonNull(severity, "severity"));
  }

  /**
   * Returns how many findings belong to each theme, counting those beyond the cap; findings of no
   * theme are not counted here.
   *
   * @return the counts, in theme order, only themes with findings
   */
  public Map<Theme, Integer> countsByTheme() {
    return themeCounts;
  }

  /**
   * Tells whether findings were left out because there were more than the validator's cap.
   *
   * @return true when {@link #findings()} holds fewer than {@link #totalFindings()}
   */
  public boolean isTruncated() {
    return findings.size() < totalFindings;
  }

  /**
   * Returns how many findings there were before the cap.
   *
   * @return the total
   */
  public int totalFindings() {
    return totalFindings;
  }

  /**
   * Returns the rules that failed with an exception instead of checking the plan. Each also has a
   * finding {@code SDK001} of severity error, so a report with an errored rule is never valid.
   *
   * @return the rule ids, sorted
   */
  public List<String> erroredRules() {
    return erroredRules;
  }

  /**
   * Returns the suppressions of the configuration that matched no finding of this plan. Each also
   * has a finding {@code SDK002} of severity info.
   *
   * @return the unused suppressions, in configuration order
   */
  public List<ValidationConfig.Suppression> unusedSuppressions() {
    return unusedSuppressions;
  }

  /**
   * Returns how many findings suppressions removed.
   *
   * @return the count
   */
  public int suppressedCount() {
    return suppressedCount;
  }

  /**
   * Returns where the plan was read from.
   *
   * @return the file name or other source, or empty when not known
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns the name of the council whose plan this is.
   *
   * @return the name, or empty when no plan could be read
   */
  public Optional<String> council() {
    return Optional.ofNullable(council);
  }

  /**
   * Returns the plan's title.
   *
   * @return the title, or empty when no plan could be read
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * Returns the id of the profile the plan was checked against.
   *
   * @return the profile, or empty for a report of reading problems only
   */
  public Optional<String> profile() {
    return Optional.ofNullable(profile);
  }

  /**
   * Tells whether this report was compared with a baseline ({@link
   * PlanValidator.Builder#baseline}).
   *
   * @return true when it was
   */
  public boolean hasBaseline() {
    return baseline != null;
  }

  /**
   * Tells how a finding of this report stands against the baseline.
   *
   * @param finding one of {@link #findings()}
   * @return new or unchanged; empty when there is no baseline
   */
  public Optional<BaselineState> baselineState(Finding finding) {
    Objects.requireNonNull(finding, "finding");
    return baseline == null ? Optional.empty() : Optional.of(baseline.state(finding));
  }

  /**
   * Returns the baseline's findings that this report does not have: what the revision fixed.
   *
   * @return the findings, in the baseline's order; empty when there is no baseline
   */
  public List<Finding> absentFindings() {
    return absent;
  }

  /**
   * Returns how many findings of a severity are new against the baseline, counting those beyond the
   * cap; without a baseline, every finding is new.
   *
   * @param severity the severity
   * @return the count
   */
  public int newCount(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return baseline == null ? count(severity) : baseline.newCount(severity);
  }

  /**
   * Tells whether some new finding is at least as serious as a severity: what {@code plan validate
   * --baseline --fail-on} asks. Without a baseline, the same as {@link #hasAtLeast}.
   *
   * @param severity the threshold
   * @return true when a new finding has that severity or a more serious one
   */
  public boolean hasNewAtLeast(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    for (Severity s : Severity.values()) {
      if (s.isAtLeast(severity) && newCount(s) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a copy of this report with another source.
   *
   * @param newSource the file name or other source
   * @return the copy
   */
  public ValidationReport withSource(String newSource) {
    return new ValidationReport(this, Objects.requireNonNull(newSource, "newSource"));
  }

  /** What equality compares of the baseline: each finding's state, the new counts. */
  private List<Object> baselineParts() {
    if (baseline == null) {
      return List.of();
    }
    List<Object> parts = new java.util.ArrayList<>();
    for (Finding finding : findings) {
      parts.add(baseline.state(finding));
    }
    for (Severity severity : Severity.values()) {
      parts.add(baseline.newCount(severity));
    }
    return parts;
  }

  /**
   * Tells whether another report says the same: the same findings, counts, errored rules, unused
   * suppressions, source, council, title, profile and baseline comparison.
   *
   * @param other another object
   * @return true when it is an equal report
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ValidationReport)) {
      return false;
    }
    ValidationReport that = (ValidationReport) other;
    return totalFindings == that.totalFindings
        && suppressedCount == that.suppressedCount
        && findings.equals(that.findings)
        && counts.equals(that.counts)
        && themeCounts.equals(that.themeCounts)
        && erroredRules.equals(that.erroredRules)
        && unusedSuppressions.equals(that.unusedSuppressions)
        && Objects.equals(source, that.source)
        && Objects.equals(council, that.council)
        && Objects.equals(title, that.title)
        && Objects.equals(profile, that.profile)
        && (baseline == null) == (that.baseline == null)
        && absent.equals(that.absent)
        && baselineParts().equals(that.baselineParts());
  }

  @Override
  public int hashCode() {
    return Objects.hash(findings, totalFindings, counts, erroredRules, source, council, title);
  }

  @Override
  public String toString() {
    return "ValidationReport{"
        + (source == null ? "" : "source=" + source + ", ")
        + (council == null ? "" : "council=" + council + ", ")
        + "valid="
        + isValid()
        + ", complete="
        + isComplete()
        + ", counts="
        + counts
        + ", total="
        + totalFindings
        + '}';
  }
}
