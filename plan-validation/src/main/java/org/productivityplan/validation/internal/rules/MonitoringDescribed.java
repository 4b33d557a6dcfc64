package org.productivityplan.validation.internal.rules;

import java.util.List;
import org.productivityplan.model.MonitoringArrangement;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP150: monitoring arrangements are described: who oversees delivery, and how often.
 *
 * <p>Satisfied by at least one of the plan's monitoring arrangements with a non-blank {@code forum}
 * (who) and a {@code frequency} (how often); the council plan's own arrangements do not count. With
 * none, the finding is at the whole plan; with one that falls short, at that arrangement; with
 * several that all fall short, at {@code /monitoringArrangements}.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class MonitoringDescribed implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP150")
          .name("monitoring-described")
          .summary(
              "Monitoring arrangements are described: at least one says who oversees delivery and"
                  + " how often.")
          .category(RuleCategory.MONITORING)
          .defaultSeverity(Severity.WARNING)
          .guidance(
              "Written ministerial statement of 5 February 2024; Somerset Council scrutiny"
                  + " committee paper, June 2024, para 1.9")
          .rationale(
              "Plans were to be published with updates on progress; that needs a named body that"
                  + " oversees delivery on a known cycle.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    List<MonitoringArrangement> arrangements = plan.monitoringArrangements();
    if (arrangements.isEmpty()) {
      context.report(JsonPointer.ROOT, "The plan describes no monitoring arrangement");
      return;
    }
    for (MonitoringArrangement arrangement : arrangements) {
      if (Checks.hasText(arrangement.forum()) && arrangement.frequency().isPresent()) {
        return;
      }
    }
    if (arrangements.size() == 1) {
      context.report(
          JsonPointer.of("monitoringArrangements", 0),
          "Monitoring arrangement '{0}' does not say both who oversees delivery and how often",
          arrangements.get(0).forum());
    } else {
      context.report(
          JsonPointer.of("monitoringArrangements"),
          "None of the {0} monitoring arrangements says both who oversees delivery and how often",
          Integer.toString(arrangements.size()));
    }
  }
}
