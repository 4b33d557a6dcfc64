package org.productivityplan.validation.internal.rules;

import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP172: the assurance framework is described (information).
 *
 * <p>Satisfied by at least one assurance activity in the context. The finding is at {@code
 * /context} when the plan has a context, else at the whole plan.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class AssuranceDescribed implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP172")
          .name("assurance-described")
          .summary(
              "The assurance framework is described: at least one peer challenge, scrutiny review,"
                  + " audit or inspection.")
          .category(RuleCategory.CONTEXT)
          .defaultSeverity(Severity.INFO)
          .guidance("Somerset Council scrutiny committee paper, June 2024, para 1.10")
          .rationale(
              "Peer challenge, scrutiny and audit are how a reader knows the plan's claims have"
                  + " been tested by someone other than its authors.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    if (plan.context().isEmpty() || plan.context().get().assuranceActivities().isEmpty()) {
      context.report(Checks.contextOrRoot(plan), "The plan describes no assurance activity");
    }
  }
}
