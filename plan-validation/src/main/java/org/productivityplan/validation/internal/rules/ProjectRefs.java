package org.productivityplan.validation.internal.rules;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.TransformationProject;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.internal.SharedFacts;

/**
 * A plan's projects by id, and the projects its KPIs name, found once per validation and shared
 * by PP003 (do the KPIs' project ids resolve?) and PP153 (is a project named by a KPI?), which
 * would otherwise each compare every KPI's project ids with the projects' ids. Immutable once
 * found.
 */
final class ProjectRefs {

  private final List<TransformationProject> projects;

  /** Each id to the index of the first project with it. */
  private final IdIndex byId;

  /** For each KPI, for each of its project ids, the project it names, or {@link IdIndex#ABSENT}. */
  private final int[][] kpiTargets;

  /** By the index of the first project with an id: whether some KPI names that id. */
  private final boolean[] named;

  private ProjectRefs(ProductivityPlan plan) {
    projects = plan.projects();
    byId = new IdIndex(projects.size());
    for (int p = 0; p < projects.size(); p++) {
      byId.putIfAbsent(projects.get(p).id(), p);
    }
    List<Kpi> kpis = plan.kpis();
    kpiTargets = new int[kpis.size()][];
    named = new boolean[projects.size()];
    for (int k = 0; k < kpis.size(); k++) {
      List<String> ids = kpis.get(k).projectIds();
      int[] targets = new int[ids.size()];
      for (int i = 0; i < targets.length; i++) {
        int target = byId.get(ids.get(i));
        targets[i] = target;
        if (target != IdIndex.ABSENT) {
          named[target] = true;
        }
      }
      kpiTargets[k] = targets;
    }
  }

  /**
   * Returns the facts of the plan a rule checks, found once per validation when the context keeps
   * shared facts.
   *
   * @param plan the plan
   * @param context the rule's context
   * @return the facts
   */
  static ProjectRefs of(ProductivityPlan plan, RuleContext context) {
    return SharedFacts.of(context, ProjectRefs.class, () -> new ProjectRefs(plan));
  }

  /**
   * Returns the first project with an id.
   *
   * @param id the id
   * @return the project, or null when no project has it
   */
  @Nullable TransformationProject project(String id) {
    int index = byId.get(id);
    return index == IdIndex.ABSENT ? null : projects.get(index);
  }

  /**
   * Returns how many distinct ids the projects have.
   *
   * @return the count
   */
  int distinctIds() {
    return byId.size();
  }

  /**
   * Tells whether one of a KPI's project ids is the id of a project.
   *
   * @param kpi the KPI's index
   * @param ref the index of the id among its project ids
   * @return whether a project has that id
   */
  boolean resolves(int kpi, int ref) {
    return kpiTargets[kpi][ref] != IdIndex.ABSENT;
  }

  /**
   * Tells whether a KPI names a project's id among its project ids.
   *
   * @param project a project of the plan
   * @return whether some KPI names its id
   */
  boolean isNamedByKpi(TransformationProject project) {
    // The id is held as the first project with it put it, so for that project the comparison is
    // one of references.
    int first = byId.get(project.id());
    return first != IdIndex.ABSENT && named[first];
  }
}
