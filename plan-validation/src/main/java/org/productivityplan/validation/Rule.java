package org.productivityplan.validation;

import org.productivityplan.model.ProductivityPlan;

/**
 * One check of a plan against the guidance.
 *
 * <p>Implementations are small, stateless and thread-safe: the engine calls {@link #check} from
 * many threads at once. A rule that throws is reported as an errored rule, never as a pass.
 * Third-party rules are registered through {@link RuleProvider} or the validator's builder.
 */
public interface Rule {

  /**
   * Returns what the rule is.
   *
   * @return the rule's metadata
   */
  RuleInfo info();

  /**
   * Checks a plan and reports each shortfall to the context.
   *
   * @param plan the plan
   * @param context where to report
   */
  void check(ProductivityPlan plan, RuleContext context);
}
