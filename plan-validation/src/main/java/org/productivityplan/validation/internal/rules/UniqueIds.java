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
    // Where each id was first used, kept as list and indexes: a pointer is built only for a repeat.
    List<TransformationProject> projects = plan.projects();
    int elements = plan.kpis().size() + plan.barriers().size() + plan.specifiedSpend().size();
    for (int p = 0; p < projects.size(); p++) {
      elements += 1 + projects.get(p).milestones().size();
    }
    Map<String, Where> seen = new HashMap<>(elements * 4 / 3 + 1);
    for (int p = 0; p < projects.size(); p++) {
      TransformationProject project = projects.get(p);
      see(seen, project.id(), new Where("projects", p, -1), context);
      List<Milestone> milestones = project.milestones();
      for (int m = 0; m < milestones.size(); m++) {
        see(seen, milestones.get(m).id(), new Where("projects", p, m), context);
      }
    }
    List<Kpi> kpis = plan.kpis();
    for (int k = 0; k < kpis.size(); k++) {
      see(seen, kpis.get(k).id(), new Where("kpis", k, -1), context);
    }
    List<Barrier> barriers = plan.barriers();
    for (int b = 0; b < barriers.size(); b++) {
      see(seen, barriers.get(b).id(), new Where("barriers", b, -1), context);
    }
    List<SpecifiedSpend> spend = plan.specifiedSpend();
    for (int s = 0; s < spend.size(); s++) {
      see(seen, spend.get(s).id(), new Where("specifiedSpend", s, -1), context);
    }
    if (plan.councilPlan().isPresent()) {
      CouncilPlan councilPlan = plan.councilPlan().get();
      Map<String, Where> outcomeIds = new HashMap<>();
      List<CouncilPlanOutcome> outcomes = councilPlan.outcomes();
      for (int o = 0; o < outcomes.size(); o++) {
        see(outcomeIds, outcomes.get(o).id(), new Where("councilPlan/outcomes", o, -1), context);
      }
    }
  }

  /**
   * Where an id is used: element {@code index} of a list of the plan, or milestone {@code
   * milestone} of that project when not negative.
   */
  private record Where(String list, int index, int milestone) {

    String pointer() {
      // "councilPlan/outcomes" is two tokens, neither of which needs escaping.
      String at = "/" + list + "/" + index;
      return milestone < 0 ? at + "/id" : at + "/milestones/" + milestone + "/id";
    }
  }

  private static void see(Map<String, Where> seen, String id, Where where, RuleContext context) {
    if (id.isBlank()) {
      return;
    }
    Where first = seen.putIfAbsent(id, where);
    if (first != null) {
      context.report(where.pointer(), MESSAGE, id, first.pointer());
    }
  }
}
