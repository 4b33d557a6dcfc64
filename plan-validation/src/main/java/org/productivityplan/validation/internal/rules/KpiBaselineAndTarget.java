package org.productivityplan.validation.internal.rules;

import java.util.List;
import java.util.Optional;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.KpiValue;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP152: every KPI has a baseline and a target, each for a stated period.
 *
 * <p>A missing baseline or target is reported at the KPI; one without a period at the value itself
 * ({@code /kpis/0/baseline}). A KPI can have two findings, one for each.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class KpiBaselineAndTarget implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP152")
          .name("kpi-baseline-and-target")
          .summary("Every KPI has a baseline and a target, each for a stated period.")
          .category(RuleCategory.MONITORING)
          .defaultSeverity(Severity.WARNING)
          .guidance("Minister's letter of 16 April 2024, theme 1 prompt: \"how will you measure\"")
          .rationale(
              "A KPI measures progress only from a known starting point towards a known aim, and"
                  + " only when both are tied to a period.")
          .theme(Theme.TRANSFORMING_SERVICES)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    List<Kpi> kpis = plan.kpis();
    for (int k = 0; k < kpis.size(); k++) {
      Kpi kpi = kpis.get(k);
      value(kpi, k, kpi.baseline(), "baseline", context);
      value(kpi, k, kpi.target(), "target", context);
    }
  }

  private static void value(
      Kpi kpi, int index, Optional<KpiValue> value, String property, RuleContext context) {
    if (value.isEmpty()) {
      context.report(
          JsonPointer.of("kpis", index),
          property.equals("baseline") ? "KPI '{0}' has no baseline" : "KPI '{0}' has no target",
          kpi.id());
    } else if (value.get().period().isEmpty()) {
      context.report(
          JsonPointer.of("kpis", index, property),
          property.equals("baseline")
              ? "KPI '{0}' gives its baseline for no stated period"
              : "KPI '{0}' gives its target for no stated period",
          kpi.id());
    }
  }
}
