package org.productivityplan.validation.internal.rules;

import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.ProjectStatus;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;
import org.productivityplan.model.TransformationProject;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP110: completed transformation work of recent years is described.
 *
 * <p>Satisfied by at least one project whose status is {@link ProjectStatus#COMPLETED}; a project
 * with no status does not count. The finding points at {@code /projects} when the plan has
 * projects, else at the whole plan.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class CompletedWorkDescribed implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP110")
          .name("completed-work-described")
          .summary(
              "The plan describes transformation work of recent years: at least one completed"
                  + " project.")
          .category(RuleCategory.TRANSFORMATION)
          .defaultSeverity(Severity.WARNING)
          .guidance("Minister's letter of 16 April 2024: \"what you have done in recent years\"")
          .rationale(
              "The letter asked councils to set out what they have already done alongside their"
                  + " plans, so that plans build on work already done rather than promise it"
                  + " afresh.")
          .theme(Theme.TRANSFORMING_SERVICES)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    for (TransformationProject project : plan.projects()) {
      if (project.status().orElse(null) == ProjectStatus.COMPLETED) {
        return;
      }
    }
    context.report(
        Checks.listOrRoot("projects", plan.projects()),
        "The plan describes no completed transformation project");
  }
}
