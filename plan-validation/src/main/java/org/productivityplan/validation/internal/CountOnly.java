package org.productivityplan.validation.internal;

import org.productivityplan.validation.RuleContext;

/**
 * A rule context that can tell a rule, before the rule builds a finding's pointer and arguments,
 * that a report would only be counted: the report already holds as many findings as it lists, all
 * of a more serious severity than the rule's, and nothing (a suppression, a baseline, a theme not
 * assessed) needs the finding itself. The engine's contexts can; a rule that reports one finding
 * per element of a long list asks, and counts instead of reporting.
 */
public interface CountOnly {

  /**
   * Tells whether a finding this context would report now, at the rule's severity, would only be
   * counted.
   *
   * @return whether {@link #count()} may stand for a report
   */
  boolean countsOnly();

  /**
   * Counts a finding in place of reporting it, after {@link #countsOnly()} said it would only be
   * counted: the report's totals are as if it had been reported.
   */
  void count();

  /**
   * Counts a finding in place of reporting it, when the context can tell that is all a report
   * would do.
   *
   * @param context the rule's context
   * @return true when it was counted; false when the rule must report it
   */
  static boolean counted(RuleContext context) {
    if (context instanceof CountOnly counting && counting.countsOnly()) {
      counting.count();
      return true;
    }
    return false;
  }
}
