package org.productivityplan.validation.internal.rules;

import java.util.List;
import java.util.Optional;
import org.productivityplan.model.DateRange;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.MilestoneStatus;
import org.productivityplan.model.PartialDate;
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
 * PP112: every planned or in-progress project has a forward implementation milestone: a dated step
 * still ahead of the plan.
 *
 * <p>A milestone is <em>forward</em> when it has a {@code due} date, is not cancelled, and either
 * its status says it is not yet achieved (planned, in progress, delayed) or it is due on or after
 * the plan's date ({@code planDate}; with no plan date, any dated milestone counts). So milestones
 * already reached before the plan (a cabinet approval, a framework agreed, a deal signed) do not
 * satisfy the rule, while "the pay structure will be reviewed in 2025/26" does, recorded as the
 * project's {@code period} ending March 2026: a project period whose end is on or after the plan's
 * date counts as a forward due date, unless the period is reversed (PP004).
 *
 * <p>A project with no milestone and no such period is reported at the project; one whose
 * milestones all lack a due date at its {@code milestones}; one whose dated milestones all lie
 * behind the plan also at its {@code milestones}. Completed projects, and projects with no status,
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
              "Every planned or in-progress project has a forward implementation milestone: one due"
                  + " on or after the plan's date, or not yet achieved.")
          .category(RuleCategory.TRANSFORMATION)
          .defaultSeverity(Severity.WARNING)
          .guidance(
              "Written ministerial statement of 5 February 2024: \"set out the key implementation"
                  + " milestones\"")
          .rationale(
              "The settlement statement asked plans to set out key implementation milestones; a"
                  + " step already taken before the plan (a cabinet approval, a deal signed), or"
                  + " one without a date, says nothing about when the work ahead will be done. A"
                  + " milestone counts when it is dated, not cancelled, and either not yet achieved"
                  + " or due on or after the plan's date. Where a plan dates the work by a period"
                  + " (\"will be reviewed in 2025/26\", \"over the next 12 months\"), record it as"
                  + " the project's period: a period whose end is on or after the plan's date"
                  + " counts as the due date.")
          .theme(Theme.TRANSFORMING_SERVICES)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    List<TransformationProject> projects = plan.projects();
    Optional<PartialDate> planDate = plan.planDate();
    for (int p = 0; p < projects.size(); p++) {
      TransformationProject project = projects.get(p);
      if (!Projects.isCurrent(project) || hasForwardDate(project, planDate)) {
        continue;
      }
      String state =
          project.status().orElseThrow() == ProjectStatus.PLANNED ? "planned" : "in progress";
      if (project.milestones().isEmpty()) {
        context.report(
            JsonPointer.of("projects", p),
            "Project '{0}' is {1} but has no implementation milestone",
            project.id(),
            state);
      } else if (project.milestones().stream().noneMatch(m -> m.due().isPresent())) {
        context.report(
            JsonPointer.of("projects", p, "milestones"),
            "Project '{0}' is {1} but none of its milestones has a due date",
            project.id(),
            state);
      } else {
        context.report(
            JsonPointer.of("projects", p, "milestones"),
            "Project '{0}' is {1} but its dated milestones were all reached before the plan's"
                + " date ({2}): none is ahead",
            project.id(),
            state,
            planDate.map(PartialDate::toString).orElse("not stated"));
      }
    }
  }

  private static boolean hasForwardDate(
      TransformationProject project, Optional<PartialDate> planDate) {
    // Indexed, not iterated: a project's milestones are held in lists of several kinds.
    List<Milestone> milestones = project.milestones();
    for (int m = 0, n = milestones.size(); m < n; m++) {
      if (isForward(milestones.get(m), planDate)) {
        return true;
      }
    }
    // A reversed period (PP004) gives no date to rely on.
    Optional<PartialDate> end =
        project.period().filter(DateRange::isCoherent).flatMap(DateRange::end);
    return end.isPresent() && notBefore(end.get(), planDate);
  }

  private static boolean isForward(Milestone milestone, Optional<PartialDate> planDate) {
    if (milestone.due().isEmpty()) {
      return false;
    }
    MilestoneStatus status = milestone.status().orElse(null);
    if (status == MilestoneStatus.CANCELLED) {
      return false;
    }
    boolean notYetAchieved =
        status == MilestoneStatus.PLANNED
            || status == MilestoneStatus.IN_PROGRESS
            || status == MilestoneStatus.DELAYED;
    return notYetAchieved || notBefore(milestone.due().get(), planDate);
  }

  private static boolean notBefore(PartialDate date, Optional<PartialDate> planDate) {
    return planDate.isEmpty() || !date.isBefore(planDate.get());
  }
}
