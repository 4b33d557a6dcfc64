package org.productivityplan.validation.internal.rules;

import java.util.List;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.TransformationProject;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;
import org.productivityplan.validation.internal.CountOnly;

/**
 * PP171: where a council plan is attached, every project traces to one of its outcomes
 * (information).
 *
 * <p>A project traces when it lists at least one council-plan outcome id; whether the ids resolve
 * is PP003's business. Nothing is checked when no council plan is attached.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class ProjectsTraceToCouncilPlan implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP171")
          .name("projects-trace-to-council-plan")
          .summary("Where a council plan is attached, every project traces to one of its outcomes.")
          .category(RuleCategory.CONTEXT)
          .defaultSeverity(Severity.INFO)
          .guidance(
              "Somerset Council scrutiny committee paper, June 2024: Strategic Planning &"
                  + " Performance Framework")
          .rationale(
              "The golden thread from council plan to projects shows that transformation serves the"
                  + " council's own priorities, not a separate agenda.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    if (plan.councilPlan().isEmpty()) {
      return;
    }
    List<TransformationProject> projects = plan.projects();
    for (int p = 0; p < projects.size(); p++) {
      if (projects.get(p).councilPlanOutcomeIds().isEmpty() && !CountOnly.counted(context)) {
        context.report(
            JsonPointer.of("projects", p),
            "Project '{0}' traces to no outcome of the council plan",
            projects.get(p).id());
      }
    }
  }
}
