package org.productivityplan.validation;

import org.productivityplan.model.Severity;

/**
 * Where a {@link Rule} reports what it finds. The engine supplies one per rule and plan; it fills
 * in the rule id, the guidance reference, the configured severity and suppressions.
 *
 * <p>Messages are English templates in which {@code {0}}, {@code {1}}, ... stand for the arguments
 * and everything else, quotes included, is kept as written, such as {@code "KPI '{0}' has no
 * baseline"} (a doubled quote prints one, so {@link java.text.MessageFormat} patterns keep
 * working). A placeholder without its argument makes the rule fail ({@code SDK001}) rather than
 * lose a value. Whole numbers are shown grouped ({@code 13,100,000}); text quoted from the plan is
 * cut at 200 characters. The arguments are kept with the finding, so that a caller can translate by
 * the message key (the rule id) without parsing text.
 *
 * <p>Not thread-safe: one context serves one rule on one plan.
 */
public interface RuleContext {

  /**
   * Reports a finding at the rule's severity (its default, or as configured).
   *
   * @param pointer the JSON Pointer of the element concerned, {@code ""} for the whole plan; build
   *     it with {@link JsonPointer}
   * @param message the English message pattern, naming the offending value
   * @param arguments the message's arguments
   */
  void report(String pointer, String message, Object... arguments);

  /**
   * Reports a finding at a severity other than the rule's default, for a rule whose catalogue entry
   * gives two (PP160 is a warning, but only information for a draft). A severity configured for the
   * rule still wins.
   *
   * @param severity the severity for this finding
   * @param pointer the JSON Pointer of the element concerned
   * @param message the English message pattern
   * @param arguments the message's arguments
   */
  void report(Severity severity, String pointer, String message, Object... arguments);

  /**
   * Returns a context whose reports are consequences of another rule's finding: the details of a
   * shortfall whose root cause that rule reports (a missing technology initiative, PP120, when
   * theme 2 is not addressed at all, PP102). Where the cause rule has already reported a finding
   * on this plan (rules run in id order) and that finding was kept, each report is linked to it
   * ({@link org.productivityplan.model.Finding#causedBy()}) and not counted again in the report's
   * totals; otherwise the reports stand on their own.
   *
   * <p>This default, for contexts that do not link findings, returns this context.
   *
   * @param causeRuleId the id of the rule whose finding is the root cause
   * @return the context to report the consequences through
   */
  default RuleContext consequenceOf(String causeRuleId) {
    return this;
  }
}
