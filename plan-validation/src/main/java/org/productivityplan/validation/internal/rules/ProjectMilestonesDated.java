package org.productivityplan.validation.internal.rules;

import java.util.List;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.ProjectStatus;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;
import org.productivityplan.model.TransformationProject;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP112: every planned or in-progress project has at least one dated implementation milestone.
 *
 * <p>A project with no milestone is reported at the project; one whose milestones all lack a {@code
 * due} date is reported at its {@code milestones}. Completed projects, and projects with no status,
 * are not checked.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class ProjectMilestonesDated implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP112")
          .name("project-milestones-dated")
          .summary(
              "Every planned or in-progress project has at least one implementation milestone with"
                  + " a due date.")
          .category(RuleCategory.TRANSFORMATION)
          .defaultSeverity(Severity.WARNING)
          .guidance(
              "Written ministerial statement of 5 February 2024: \"set out the key implementation"
                  + " milestones\"")
          .rationale(
              "The settlement statement asked plans to set out key implementation milestones;"
                  + " without a date, progress against a plan cannot be judged.")
          .theme(Theme.TRANSFORMING_SERVICES)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    List<TransformationProject> projects = plan.projects();
    for (int p = 0; p < projects.size(); p++) {
      TransformationProject project = projects.get(p);
      if (!Projects.isCurrent(project) || hasDatedMilestone(project)) {
        continue;
      }
      if (project.milestones().isEmpty()) {
        context.report(
            JsonPointer.of("projects", p),
            project.status().orElseThrow() == ProjectStatus.PLANNED
                ? "Project '{0}' is planned but has no implementation milestone"
                : "Project '{0}' is in progress but has no implementation milestone",
            project.id());
      } else {
        context.report(
            JsonPointer.of("projects", p, "milestones"),
            project.status().orElseThrow() == ProjectStatus.PLANNED
                ? "Project '{0}' is planned but none of its milestones has a due date"
                : "Project '{0}' is in progress but none of its milestones has a due date",
            project.id());
      }
    }
  }

  private static boolean hasDatedMilestone(TransformationProject project) {
    for (Milestone milestone : project.milestones()) {
      if (milestone.due().isPresent()) {
        return true;
      }
    }
    return false;
  }
}
