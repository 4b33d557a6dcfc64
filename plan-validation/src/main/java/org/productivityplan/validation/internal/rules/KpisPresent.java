package org.productivityplan.validation.internal.rules;

import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP151: the plan has at least one KPI.
 *
 * <p>The finding is at the whole plan, since an empty list of KPIs is not written.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class KpisPresent implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP151")
          .name("kpis-present")
          .summary("The plan has at least one KPI.")
          .category(RuleCategory.MONITORING)
          .defaultSeverity(Severity.WARNING)
          .guidance(
              "Somerset Council scrutiny committee paper, June 2024, para 1.8: \"relevant metrics"
                  + " and key performance indicators\"")
          .rationale(
              "Key performance indicators are how a plan's progress is measured and reported; a"
                  + " plan with none cannot show it is working.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    if (plan.kpis().isEmpty()) {
      context.report(JsonPointer.ROOT, "The plan has no KPI");
    }
  }
}
