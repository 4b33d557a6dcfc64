package org.productivityplan.validation.internal.rules;

import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;
import org.productivityplan.model.TransformationProject;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP111: current or upcoming transformation is described.
 *
 * <p>Satisfied by at least one project whose status is planned or in progress; a project with no
 * status does not count. The finding points at {@code /projects} when the plan has projects, else
 * at the whole plan.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class CurrentPlansDescribed implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP111")
          .name("current-plans-described")
          .summary(
              "The plan describes current or upcoming transformation: at least one planned or"
                  + " in-progress project.")
          .category(RuleCategory.TRANSFORMATION)
          .defaultSeverity(Severity.WARNING)
          .guidance("Minister's letter of 16 April 2024: \"alongside your current plans\"")
          .rationale(
              "A productivity plan is first of all a plan: without current or upcoming work there"
                  + " is nothing to implement, monitor or report progress on.")
          .theme(Theme.TRANSFORMING_SERVICES)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    for (TransformationProject project : plan.projects()) {
      if (Projects.isCurrent(project)) {
        return;
      }
    }
    context.report(
        Checks.listOrRoot("projects", plan.projects()),
        "The plan describes no planned or in-progress transformation project");
  }
}
