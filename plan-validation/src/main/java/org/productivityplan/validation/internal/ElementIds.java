package org.productivityplan.validation.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Barrier;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.CouncilPlanOutcome;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.TransformationProject;

/**
 * The elements of one plan that have an id, found from a JSON Pointer, so that a finding can name
 * the element it is about ({@link org.productivityplan.model.Finding#elementId()}): the nearest
 * element with a non-blank id whose pointer is a prefix of the finding's. The elements with ids are
 * projects ({@code /projects/N}), their milestones ({@code /projects/N/milestones/M}), spend lines,
 * barriers and KPIs ({@code /specifiedSpend/N}, {@code /barriers/N}, {@code /kpis/N}) and the
 * outcomes of an attached council plan ({@code /councilPlan/outcomes/N}); a pointer is followed
 * through the plan token by token, so nothing is indexed in advance and a lookup builds no string
 * but the element's own pointer. Immutable.
 */
public final class ElementIds {

  /** An element that encloses a pointer: its id and its own pointer. */
  public record Element(String id, String pointer) {}

  private static final ElementIds NONE = new ElementIds(null);

  private final @Nullable ProductivityPlan plan;

  private ElementIds(@Nullable ProductivityPlan plan) {
    this.plan = plan;
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
   * Returns the elements of a plan that have an id.
   *
   * @param plan the plan
   * @return the index
   */
  public static ElementIds of(ProductivityPlan plan) {
    return new ElementIds(plan);
  }

  /**
   * Finds the nearest element with an id that contains what a pointer points at.
   *
   * @param pointer a JSON Pointer
   * @return the element, or null when no element with an id encloses it
   */
  public @Nullable Element enclosing(String pointer) {
    if (plan == null || pointer.isEmpty() || pointer.charAt(0) != '/') {
      return null;
    }
    int end = end(pointer, 0);
    if (is(pointer, 0, end, "projects")) {
      return project(plan.projects(), pointer, end);
    }
    if (is(pointer, 0, end, "specifiedSpend")) {
      return listed(plan.specifiedSpend(), pointer, end);
    }
    if (is(pointer, 0, end, "barriers")) {
      return listed(plan.barriers(), pointer, end);
    }
    if (is(pointer, 0, end, "kpis")) {
      return listed(plan.kpis(), pointer, end);
    }
    if (is(pointer, 0, end, "councilPlan") && plan.councilPlan().isPresent()) {
      CouncilPlan councilPlan = plan.councilPlan().get();
      if (end < pointer.length()) {
        int next = end(pointer, end);
        if (is(pointer, end, next, "outcomes")) {
          return listed(councilPlan.outcomes(), pointer, next);
        }
      }
    }
    return null;
  }

  /** A project, or the milestone of one, that a pointer into {@code /projects} names. */
  private static @Nullable Element project(
      List<TransformationProject> projects, String pointer, int at) {
    if (at == pointer.length()) {
      return null;
    }
    int end = end(pointer, at);
    int i = index(pointer, at, end, projects.size());
    if (i < 0) {
      return null;
    }
    TransformationProject project = projects.get(i);
    if (end < pointer.length()) {
      int next = end(pointer, end);
      if (is(pointer, end, next, "milestones")) {
        Element milestone = listed(project.milestones(), pointer, next);
        if (milestone != null) {
          return milestone;
        }
      }
    }
    return element(project.id(), pointer, end);
  }

  /** The element of a list of elements with ids that the pointer names after {@code at}. */
  private static @Nullable Element listed(List<?> elements, String pointer, int at) {
    if (at == pointer.length()) {
      return null;
    }
    int end = end(pointer, at);
    int i = index(pointer, at, end, elements.size());
    return i < 0 ? null : element(idOf(elements.get(i)), pointer, end);
  }

  private static String idOf(Object element) {
    if (element instanceof SpecifiedSpend s) {
      return s.id();
    }
    if (element instanceof Barrier b) {
      return b.id();
    }
    if (element instanceof Kpi k) {
      return k.id();
    }
    if (element instanceof Milestone m) {
      return m.id();
    }
    return ((CouncilPlanOutcome) element).id();
  }

  private static @Nullable Element element(String id, String pointer, int end) {
    return id.isBlank() ? null : new Element(id, pointer.substring(0, end));
  }

  /** The end of the reference token that starts after the {@code /} at {@code slash}. */
  private static int end(String pointer, int slash) {
    int next = pointer.indexOf('/', slash + 1);
    return next < 0 ? pointer.length() : next;
  }

  /** Tells whether the token after the {@code /} at {@code slash}, up to {@code end}, is a name. */
  private static boolean is(String pointer, int slash, int end, String name) {
    return end - slash - 1 == name.length() && pointer.startsWith(name, slash + 1);
  }

  /**
   * The array index written as the token after the {@code /} at {@code slash} (digits, no leading
   * zero), or -1 when it is not one or not below {@code size}.
   */
  private static int index(String pointer, int slash, int end, int size) {
    int value = Digits.index(pointer, slash + 1, end);
    return value < size ? value : -1;
  }
}
