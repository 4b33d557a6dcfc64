package org.productivityplan.validation.internal.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.CouncilPlanOutcome;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.TransformationProject;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP003: every reference resolves.
 *
 * <p>Checked references: a project's {@code kpiIds} to the plan's KPIs, its {@code parentId} to
 * another project (a project may not be its own parent, directly or through a loop of parents), its
 * {@code councilPlanOutcomeIds} to the outcomes of the attached council plan, and a KPI's {@code
 * projectIds} to the plan's projects. Each unresolved reference is reported at its own pointer,
 * such as {@code /projects/0/kpiIds/1}.
 *
 * <p>When no council plan is attached, a council-plan outcome reference cannot resolve, and is
 * reported as such (with its own message): the plan format's only link to a council plan is the
 * attached one, so the reference points at nothing a reader of the document can find.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class ReferencesResolve implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP003")
          .name("references-resolve")
          .summary(
              "Every reference from a project to a KPI, parent project or council-plan outcome, and"
                  + " from a KPI to a project, names something the plan holds.")
          .category(RuleCategory.INTEGRITY)
          .defaultSeverity(Severity.ERROR)
          .guidance("Integrity of the record itself: a plan must not contradict itself")
          .rationale(
              "A reference to nothing breaks the golden thread from council plan to projects and"
                  + " KPIs, and usually means an id was mistyped or an element was deleted.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    List<TransformationProject> projects = plan.projects();
    ProjectRefs projectsById = ProjectRefs.of(plan, context);
    List<Kpi> kpis = plan.kpis();
    IdIndex kpiIds = new IdIndex(kpis.size());
    for (int k = 0; k < kpis.size(); k++) {
      kpiIds.putIfAbsent(kpis.get(k).id(), k);
    }
    Optional<CouncilPlan> councilPlan = plan.councilPlan();
    Set<String> outcomeIds = new HashSet<>();
    councilPlan.ifPresent(
        cp -> {
          for (CouncilPlanOutcome outcome : cp.outcomes()) {
            outcomeIds.add(outcome.id());
          }
        });

    for (int p = 0; p < projects.size(); p++) {
      TransformationProject project = projects.get(p);
      List<String> kpiRefs = project.kpiIds();
      for (int i = 0; i < kpiRefs.size(); i++) {
        if (!kpiIds.contains(kpiRefs.get(i))) {
          context.report(
              JsonPointer.of("projects", p, "kpiIds", i),
              "Project '{0}' refers to KPI '{1}', which the plan does not have",
              project.id(),
              kpiRefs.get(i));
        }
      }
      if (project.parentId().isPresent()) {
        checkParent(project, p, projectsById, context);
      }
      List<String> outcomeRefs = project.councilPlanOutcomeIds();
      for (int i = 0; i < outcomeRefs.size(); i++) {
        if (councilPlan.isEmpty()) {
          context.report(
              JsonPointer.of("projects", p, "councilPlanOutcomeIds", i),
              "Project '{0}' refers to council-plan outcome '{1}', but no council plan is"
                  + " attached",
              project.id(),
              outcomeRefs.get(i));
        } else if (!outcomeIds.contains(outcomeRefs.get(i))) {
          context.report(
              JsonPointer.of("projects", p, "councilPlanOutcomeIds", i),
              "Project '{0}' refers to council-plan outcome '{1}', which the council plan does"
                  + " not have",
              project.id(),
              outcomeRefs.get(i));
        }
      }
    }
    for (int k = 0; k < kpis.size(); k++) {
      Kpi kpi = kpis.get(k);
      List<String> projectRefs = kpi.projectIds();
      for (int i = 0; i < projectRefs.size(); i++) {
        if (!projectsById.resolves(k, i)) {
          context.report(
              JsonPointer.of("kpis", k, "projectIds", i),
              "KPI '{0}' refers to project '{1}', which the plan does not have",
              kpi.id(),
              projectRefs.get(i));
        }
      }
    }
  }

  private static void checkParent(
      TransformationProject project,
      int index,
      ProjectRefs projectsById,
      RuleContext context) {
    String parentId = project.parentId().orElseThrow();
    if (projectsById.project(parentId) == null) {
      context.report(
          JsonPointer.of("projects", index, "parentId"),
          "Project '{0}' names parent project '{1}', which the plan does not have",
          project.id(),
          parentId);
      return;
    }
    // Follow the chain of parents; a chain that comes back to this project is a loop. A chain
    // longer than there are projects has entered a loop that does not come back to it.
    @Nullable String next = parentId;
    for (int steps = 0; next != null && steps <= projectsById.distinctIds(); steps++) {
      if (next.equals(project.id())) {
        break;
      }
      TransformationProject parent = projectsById.project(next);
      next = parent == null ? null : parent.parentId().orElse(null);
    }
    if (project.id().equals(next)) {
      context.report(
          JsonPointer.of("projects", index, "parentId"),
          "Project '{0}' is its own parent, directly or through parent '{1}'",
          project.id(),
          parentId);
    }
  }
}
