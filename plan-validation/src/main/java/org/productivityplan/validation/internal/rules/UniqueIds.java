package org.productivityplan.validation.internal.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.productivityplan.model.Barrier;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.CouncilPlanOutcome;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.TransformationProject;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP002: ids are unique within the plan.
 *
 * <p>Projects, milestones, KPIs, barriers and spend lines share <em>one</em> id space, since the
 * catalogue says their ids are unique within the plan: a KPI may not take a project's id. The
 * outcomes of an attached council plan form a second id space of their own. Each repeat is reported
 * at the {@code id} of the second and later occurrences, naming the pointer of the first. Blank ids
 * are left to PP007.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class UniqueIds implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP002")
          .name("ids-unique")
          .summary(
              "Ids of projects, milestones, KPIs, barriers and spend lines are unique within the"
                  + " plan, and council-plan outcome ids within the council plan.")
          .category(RuleCategory.INTEGRITY)
          .defaultSeverity(Severity.ERROR)
          .guidance("Integrity of the record itself: a plan must not contradict itself")
          .rationale(
              "References between projects, KPIs and outcomes are made by id; an id used twice"
                  + " makes every reference to it ambiguous.")
          .build();

  private static final String MESSAGE = "Id '{0}' is used again; it was first used at {1}";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    Map<String, String> seen = new HashMap<>();
    List<TransformationProject> projects = plan.projects();
    for (int p = 0; p < projects.size(); p++) {
      TransformationProject project = projects.get(p);
      see(seen, project.id(), JsonPointer.of("projects", p, "id"), context);
      List<Milestone> milestones = project.milestones();
      for (int m = 0; m < milestones.size(); m++) {
        see(
            seen,
            milestones.get(m).id(),
            JsonPointer.of("projects", p, "milestones", m, "id"),
            context);
      }
    }
    List<Kpi> kpis = plan.kpis();
    for (int k = 0; k < kpis.size(); k++) {
      see(seen, kpis.get(k).id(), JsonPointer.of("kpis", k, "id"), context);
    }
    List<Barrier> barriers = plan.barriers();
    for (int b = 0; b < barriers.size(); b++) {
      see(seen, barriers.get(b).id(), JsonPointer.of("barriers", b, "id"), context);
    }
    List<SpecifiedSpend> spend = plan.specifiedSpend();
    for (int s = 0; s < spend.size(); s++) {
      see(seen, spend.get(s).id(), JsonPointer.of("specifiedSpend", s, "id"), context);
    }
    if (plan.councilPlan().isPresent()) {
      CouncilPlan councilPlan = plan.councilPlan().get();
      Map<String, String> outcomeIds = new HashMap<>();
      List<CouncilPlanOutcome> outcomes = councilPlan.outcomes();
      for (int o = 0; o < outcomes.size(); o++) {
        see(
            outcomeIds,
            outcomes.get(o).id(),
            JsonPointer.of("councilPlan", "outcomes", o, "id"),
            context);
      }
    }
  }

  private static void see(
      Map<String, String> seen, String id, String pointer, RuleContext context) {
    if (id.isBlank()) {
      return;
    }
    String first = seen.putIfAbsent(id, pointer);
    if (first != null) {
      context.report(pointer, MESSAGE, id, first);
    }
  }
}
