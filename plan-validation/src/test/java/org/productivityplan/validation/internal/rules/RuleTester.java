package org.productivityplan.validation.internal.rules;

import java.util.List;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.internal.rules.RecordingContext.Reported;

/**
 * Runs one rule on one plan the way the engine would, and returns what it reported, after checking
 * that every pointer names something in the plan ({@link PointerResolver}).
 */
final class RuleTester {

  private RuleTester() {}

  /** Returns the reports, each as {@code "SEVERITY pointer: message"}. */
  static List<String> check(Rule rule, ProductivityPlan plan) {
    return reports(rule, plan).stream().map(Reported::toString).toList();
  }

  /** Returns the reports in full. */
  static List<Reported> reports(Rule rule, ProductivityPlan plan) {
    RecordingContext context = new RecordingContext(rule.info().defaultSeverity());
    rule.check(plan, context);
    for (Reported report : context.reports()) {
      PointerResolver.resolve(plan, report.pointer());
    }
    return context.reports();
  }
}
