package org.productivityplan.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Barrier;
import org.productivityplan.model.CouncilPlanOutcome;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.TransformationProject;

/**
 * The elements of one plan that have an id, by JSON Pointer, so that a finding can name the element
 * it is about ({@link org.productivityplan.model.Finding#elementId()}): the nearest element with a
 * non-blank id whose pointer is a prefix of the finding's. Built once per validation, on the first
 * finding that needs it. Not thread-safe.
 */
public final class ElementIds {

  /** An element that encloses a pointer: its id and its own pointer. */
  public record Element(String id, String pointer) {}

  private static final ElementIds NONE = new ElementIds(Map.of());

  private final Map<String, String> idsByPointer;

  private ElementIds(Map<String, String> idsByPointer) {
    this.idsByPointer = idsByPointer;
  }

  /**
   * Returns the index of no element, for findings without a plan.
   *
   * @return the empty index
   */
  public static ElementIds none() {
    return NONE;
  }

  /**
   * Indexes the elements of a plan that have an id.
   *
   * @param plan the plan
   * @return the index
   */
  public static ElementIds of(ProductivityPlan plan) {
    Map<String, String> ids = new HashMap<>();
    List<TransformationProject> projects = plan.projects();
    for (int i = 0; i < projects.size(); i++) {
      TransformationProject project = projects.get(i);
      String base = "/projects/" + i;
      put(ids, base, project.id());
      List<Milestone> milestones = project.milestones();
      for (int j = 0; j < milestones.size(); j++) {
        put(ids, base + "/milestones/" + j, milestones.get(j).id());
      }
    }
    List<SpecifiedSpend> spend = plan.specifiedSpend();
    for (int i = 0; i < spend.size(); i++) {
      put(ids, "/specifiedSpend/" + i, spend.get(i).id());
    }
    List<Barrier> barriers = plan.barriers();
    for (int i = 0; i < barriers.size(); i++) {
      put(ids, "/barriers/" + i, barriers.get(i).id());
    }
    List<Kpi> kpis = plan.kpis();
    for (int i = 0; i < kpis.size(); i++) {
      put(ids, "/kpis/" + i, kpis.get(i).id());
    }
    plan.councilPlan()
        .ifPresent(
            councilPlan -> {
              List<CouncilPlanOutcome> outcomes = councilPlan.outcomes();
              for (int i = 0; i < outcomes.size(); i++) {
                put(ids, "/councilPlan/outcomes/" + i, outcomes.get(i).id());
              }
            });
    return new ElementIds(ids);
  }

  private static void put(Map<String, String> ids, String pointer, String id) {
    if (!id.isBlank()) {
      ids.put(pointer, id);
    }
  }

  /**
   * Finds the nearest element with an id that contains what a pointer points at.
   *
   * @param pointer a JSON Pointer
   * @return the element, or null when no element with an id encloses it
   */
  public @Nullable Element enclosing(String pointer) {
    if (idsByPointer.isEmpty()) {
      return null;
    }
    String prefix = pointer;
    while (!prefix.isEmpty()) {
      String id = idsByPointer.get(prefix);
      if (id != null) {
        return new Element(id, prefix);
      }
      prefix = prefix.substring(0, Math.max(0, prefix.lastIndexOf('/')));
    }
    return null;
  }
}
