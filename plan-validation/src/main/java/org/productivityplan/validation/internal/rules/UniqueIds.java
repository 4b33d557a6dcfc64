package org.productivityplan.validation.internal.rules;

import java.util.Arrays;
import java.util.List;
import org.productivityplan.model.Barrier;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.CouncilPlanOutcome;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.TransformationProject;
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
    List<TransformationProject> projects = plan.projects();
    int elements = plan.kpis().size() + plan.barriers().size() + plan.specifiedSpend().size();
    for (int p = 0; p < projects.size(); p++) {
      elements += 1 + projects.get(p).milestones().size();
    }
    Seen seen = new Seen(elements);
    for (int p = 0; p < projects.size(); p++) {
      TransformationProject project = projects.get(p);
      seen.see(project.id(), "projects", p, -1, context);
      List<Milestone> milestones = project.milestones();
      for (int m = 0; m < milestones.size(); m++) {
        seen.see(milestones.get(m).id(), "projects", p, m, context);
      }
    }
    List<Kpi> kpis = plan.kpis();
    for (int k = 0; k < kpis.size(); k++) {
      seen.see(kpis.get(k).id(), "kpis", k, -1, context);
    }
    List<Barrier> barriers = plan.barriers();
    for (int b = 0; b < barriers.size(); b++) {
      seen.see(barriers.get(b).id(), "barriers", b, -1, context);
    }
    List<SpecifiedSpend> spend = plan.specifiedSpend();
    for (int s = 0; s < spend.size(); s++) {
      seen.see(spend.get(s).id(), "specifiedSpend", s, -1, context);
    }
    if (plan.councilPlan().isPresent()) {
      CouncilPlan councilPlan = plan.councilPlan().get();
      List<CouncilPlanOutcome> outcomes = councilPlan.outcomes();
      Seen outcomeIds = new Seen(outcomes.size());
      for (int o = 0; o < outcomes.size(); o++) {
        outcomeIds.see(outcomes.get(o).id(), "councilPlan/outcomes", o, -1, context);
      }
    }
  }

  /**
   * The ids of one id space seen so far, and where each was first used: element {@code index} of
   * a list of the plan, or milestone {@code milestone} of that project when not negative. Kept as
   * lists and indexes, side by side: a pointer is built only for a repeat.
   */
  private static final class Seen {

    private final IdIndex first;
    private String[] lists;
    private int[] indexes;
    private int[] milestones;
    private int count;

    Seen(int expected) {
      first = new IdIndex(expected);
      int capacity = Math.max(1, expected);
      lists = new String[capacity];
      indexes = new int[capacity];
      milestones = new int[capacity];
    }

    void see(String id, String list, int index, int milestone, RuleContext context) {
      if (id.isBlank()) {
        return;
      }
      int at = first.putIfAbsent(id, count);
      if (at != IdIndex.ABSENT) {
        context.report(
            pointer(list, index, milestone),
            MESSAGE,
            id,
            pointer(lists[at], indexes[at], milestones[at]));
        return;
      }
      if (count == lists.length) {
        lists = Arrays.copyOf(lists, 2 * count);
        indexes = Arrays.copyOf(indexes, 2 * count);
        milestones = Arrays.copyOf(milestones, 2 * count);
      }
      lists[count] = list;
      indexes[count] = index;
      milestones[count] = milestone;
      count++;
    }

    private static String pointer(String list, int index, int milestone) {
      // "councilPlan/outcomes" is two tokens, neither of which needs escaping.
      String at = "/" + list + "/" + index;
      return milestone < 0 ? at + "/id" : at + "/milestones/" + milestone + "/id";
    }
  }
}
