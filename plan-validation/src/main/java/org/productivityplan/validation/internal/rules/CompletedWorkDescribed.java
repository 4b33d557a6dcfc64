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
      new RuleInfo(
          "PP110",
          "completed-work-described",
          "The plan describes transformation work of recent years: at least one completed project.",
          RuleCategory.TRANSFORMATION,
          Severity.WARNING,
          "Minister's letter of 16 April 2024: \"what you have done in recent years\"",
          "The letter asked councils to set out what they have already done alongside their plans,"
              + " so that plans build on work already done rather than promise it afresh.",
          Theme.TRANSFORMING_SERVICES);

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
