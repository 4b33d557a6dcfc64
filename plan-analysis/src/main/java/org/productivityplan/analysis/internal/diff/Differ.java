package org.productivityplan.analysis.internal.diff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.productivityplan.analysis.Change;
import org.productivityplan.analysis.Change.Element;
import org.productivityplan.analysis.Change.Event;
import org.productivityplan.analysis.Change.Kind;
import org.productivityplan.model.MilestoneStatus;
import org.productivityplan.model.Money;
import org.productivityplan.model.PartialDate;
import org.productivityplan.model.ProductivityPlan;

/**
 * Compares two plans element by element.
 *
 * <p>Each kind of element lives at a place in its parent (a {@code Spec}) and is identified by a key:
 * its {@code id}, or for elements without one what identifies them (a forum, a description, a
 * version, a date, a period, the text itself). Elements are matched by key, never by position;
 * when a key occurs more than once in a list, its first occurrence in the older list is matched
 * with its first in the newer, the second with the second, and so on. Matched elements are
 * compared field by field ({@link #fields}); their own child elements are compared in the same way.
 *
 * <p>Renames: among the elements of one kind and one parent that are only in the older version and
 * those only in the newer, two whose trees are equal apart from the {@code id} are one element
 * renamed. When several have the same content, the first such removed one (in the older order) is
 * paired with the first such added one (in the newer order), the second with the second. Only
 * elements with an {@code id} can be renamed.
 */
public final class Differ {

  /** A kind of element: where it is within its parent, what identifies it, what it holds. */
  private record Spec(Element element, String path, String key, List<Spec> children) {

    boolean hasId() {
      return key.equals("id");
    }
  }

  /** An element only in the older version paired with one only in the newer: a rename. */
  private record Rename(Object from, Object to) {}

  /** The plan's elements, in the order the changes are listed. */
  private static final Spec PLAN =
      new Spec(
          Element.PLAN,
          "",
          "",
          List.of(
              new Spec(
                  Element.PROJECT,
                  "projects",
                  "id",
                  List.of(new Spec(Element.MILESTONE, "milestones", "id", List.of()))),
              new Spec(Element.SPEND_LINE, "specifiedSpend", "id", List.of()),
              new Spec(
                  Element.BARRIER,
                  "barriers",
                  "id",
                  List.of(new Spec(Element.ASK, "asks", "", List.of()))),
              new Spec(
                  Element.KPI,
                  "kpis",
                  "id",
                  List.of(new Spec(Element.KPI_MEASUREMENT, "measurements", "period", List.of()))),
              new Spec(Element.MONITORING_ARRANGEMENT, "monitoringArrangements", "forum", List.of()),
              new Spec(
                  Element.ASSURANCE_ACTIVITY, "context/assuranceActivities", "description", List.of()),
              new Spec(Element.REVISION, "documentControl/revisions", "version", List.of()),
              new Spec(Element.PROGRESS_UPDATE, "progressUpdates", "date", List.of())));

  private static final String NONE = "(none)";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final List<Change> changes = new ArrayList<>();

  private Differ() {}

  /**
   * Returns the changes from one plan to another, in a stable order: the plan's own fields, then
   * each kind of element in turn (projects with their milestones, spend lines, barriers with their
   * asks, KPIs with their measurements, monitoring arrangements, assurance activities, revisions,
   * progress updates); within a kind, the older version's order, then the additions in the newer
   * version's order.
   *
   * @param older the older version
   * @param newer the newer version
   * @return the changes
   */
  public static List<Change> changes(ProductivityPlan older, ProductivityPlan newer) {
    Differ differ = new Differ();
    differ.compare(PLAN, "", Optional.empty(), map(Tree.of(older)), map(Tree.of(newer)));
    return List.copyOf(differ.changes);
  }

  /** Compares two matched elements: their fields, then their children. */
  private void compare(
      Spec spec,
      String id,
      Optional<String> parentId,
      Map<String, Object> older,
      Map<String, Object> newer) {
    Map<String, Object> olderFields = new LinkedHashMap<>(older);
    Map<String, Object> newerFields = new LinkedHashMap<>(newer);
    List<List<Object>> olderChildren = new ArrayList<>();
    List<List<Object>> newerChildren = new ArrayList<>();
    for (Spec child : spec.children()) {
      olderChildren.add(detach(olderFields, child.path()));
      newerChildren.add(detach(newerFields, child.path()));
    }
    Map<String, Tree.Leaf> before = fields(olderFields);
    Map<String, Tree.Leaf> after = fields(newerFields);
    // Fields in the order of their paths, so that one only in the newer version is not last.
    SortedSet<String> paths = new TreeSet<>(before.keySet());
    paths.addAll(after.keySet());
    for (String path : paths) {
      Tree.Leaf was = before.get(path);
      Tree.Leaf now = after.get(path);
      if (!Objects.equals(was, now)) {
        changed(spec.element(), id, parentId, path, was, now);
      }
    }
    Optional<String> childParent = spec.element() == Element.PLAN ? Optional.empty() : Optional.of(id);
    for (int i = 0; i < spec.children().size(); i++) {
      compareLists(spec.children().get(i), childParent, olderChildren.get(i), newerChildren.get(i));
    }
  }

  /** Compares the elements of one kind within matched parents. */
  private void compareLists(
      Spec spec, Optional<String> parentId, List<Object> older, List<Object> newer) {
    Map<String, Object> newerByKey = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Object element : newer) {
      newerByKey.put(occurrence(seen, key(spec, element)), element);
    }
    seen.clear();
    List<Object> removed = new ArrayList<>();
    for (Object element : older) {
      String key = occurrence(seen, key(spec, element));
      Object match = newerByKey.remove(key);
      if (match == null) {
        removed.add(element);
      } else if (!element.equals(match)) {
        compare(spec, key(spec, element), parentId, map(element), map(match));
      }
    }
    List<Object> added = new ArrayList<>(newerByKey.values());
    List<Rename> renamed = spec.hasId() ? renames(removed, added) : List.of();
    for (Object element : removed) {
      Object renamedTo = null;
      for (Rename rename : renamed) {
        if (rename.from() == element) {
          renamedTo = rename.to();
        }
      }
      String id = key(spec, element);
      if (renamedTo != null) {
        changes.add(
            change(Kind.RENAMED, spec.element(), id, parentId, "id", id, key(spec, renamedTo)));
      } else {
        changes.add(
            change(Kind.REMOVED, spec.element(), id, parentId, null, label(element), null));
      }
    }
    for (Object element : added) {
      if (renamed.stream().noneMatch(rename -> rename.to() == element)) {
        changes.add(
            change(
                Kind.ADDED, spec.element(), key(spec, element), parentId, null, null, label(element)));
      }
    }
  }

  /**
   * Pairs removed and added elements whose trees are equal but for the id; see the class comment.
   * Removes the paired ones from neither list.
   */
  private static List<Rename> renames(List<Object> removed, List<Object> added) {
    List<Rename> pairs = new ArrayList<>();
    List<Object> free = new ArrayList<>(added);
    for (Object gone : removed) {
      Map<String, Object> content = withoutId(gone);
      for (int i = 0; i < free.size(); i++) {
        if (withoutId(free.get(i)).equals(content)) {
          pairs.add(new Rename(gone, free.remove(i)));
          break;
        }
      }
    }
    return pairs;
  }

  private static Map<String, Object> withoutId(Object element) {
    Map<String, Object> content = new LinkedHashMap<>(map(element));
    content.remove("id");
    return content;
  }

  /** Records a changed field, naming what it means. */
  private void changed(
      Element element,
      String id,
      Optional<String> parentId,
      String field,
      Tree.@Nullable Leaf older,
      Tree.@Nullable Leaf newer) {
    Optional<Event> event = event(element, field, older, newer);
    Optional<Money> difference = Optional.empty();
    Optional<BigDecimal> percent = Optional.empty();
    if (older != null && newer != null && older.money().isPresent() && newer.money().isPresent()) {
      Money from = older.money().get();
      Money to = newer.money().get();
      difference = Optional.of(to.minus(from));
      if (!from.isZero()) {
        percent =
            Optional.of(
                to.minus(from)
                    .amount()
                    .multiply(HUNDRED)
                    .divide(from.amount(), 1, RoundingMode.HALF_EVEN));
      }
      if (event.isEmpty()) {
        event = Optional.of(Event.MONEY);
      }
    }
    changes.add(
        new Change(
            Kind.CHANGED,
            element,
            id,
            parentId,
            Optional.of(field),
            Optional.ofNullable(older).map(Tree.Leaf::text),
            Optional.ofNullable(newer).map(Tree.Leaf::text),
            event,
            difference,
            percent));
  }

  private static Optional<Event> event(
      Element element, String field, Tree.@Nullable Leaf older, Tree.@Nullable Leaf newer) {
    if (element == Element.PLAN && field.equals("status")) {
      return Optional.of(Event.PLAN_STATUS);
    }
    if (element == Element.PLAN && field.startsWith("endorsement")) {
      return Optional.of(Event.ENDORSEMENT);
    }
    if (element == Element.PROJECT && field.equals("status")) {
      return Optional.of(Event.PROJECT_STATUS);
    }
    if (element == Element.MILESTONE && field.equals("status")) {
      return Optional.of(
          newer != null && newer.value() == MilestoneStatus.ACHIEVED
              ? Event.MILESTONE_ACHIEVED
              : Event.MILESTONE_STATUS);
    }
    if (element == Element.MILESTONE
        && field.equals("due")
        && older != null
        && newer != null
        && older.value() instanceof PartialDate
        && newer.value() instanceof PartialDate) {
      int order = ((PartialDate) newer.value()).compareTo((PartialDate) older.value());
      if (order > 0) {
        return Optional.of(Event.MILESTONE_SLIPPED);
      }
      if (order < 0) {
        return Optional.of(Event.MILESTONE_BROUGHT_FORWARD);
      }
    }
    return Optional.empty();
  }

  private static Change change(
      Kind kind,
      Element element,
      String id,
      Optional<String> parentId,
      @Nullable String field,
      @Nullable String older,
      @Nullable String newer) {
    return new Change(
        kind,
        element,
        id,
        parentId,
        Optional.ofNullable(field),
        Optional.ofNullable(older),
        Optional.ofNullable(newer),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Takes a list of child elements out of an element's fields.
   *
   * @param path the list's place, such as {@code context/assuranceActivities}
   */
  private static List<Object> detach(Map<String, Object> fields, String path) {
    int slash = path.indexOf('/');
    if (slash < 0) {
      Object value = fields.get(path);
      if (value instanceof List) {
        fields.remove(path);
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) value;
        return list;
      }
      // Absent, or an optional list stated as empty, which stays a field.
      return List.of();
    }
    String first = path.substring(0, slash);
    Object inner = fields.get(first);
    if (!(inner instanceof Map)) {
      return List.of();
    }
    Map<String, Object> copy = new LinkedHashMap<>(map(inner));
    List<Object> list = detach(copy, path.substring(slash + 1));
    if (copy.isEmpty()) {
      fields.remove(first);
    } else {
      fields.put(first, copy);
    }
    return list;
  }

  /**
   * Flattens an element's own fields into leaves by relative JSON Pointer (without the leading
   * slash). A list of plain values is one field, compared as a whole; a list of structures, which
   * have no identity of their own (a project's savings, say), is compared item by item.
   */
  static Map<String, Tree.Leaf> fields(Map<String, Object> element) {
    Map<String, Tree.Leaf> fields = new LinkedHashMap<>();
    flatten("", element, fields);
    return fields;
  }

  private static void flatten(String prefix, Object tree, Map<String, Tree.Leaf> out) {
    if (tree instanceof Tree.Leaf) {
      out.put(prefix, (Tree.Leaf) tree);
    } else if (tree instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) tree).entrySet()) {
        String token = escape(entry.getKey().toString());
        flatten(prefix.isEmpty() ? token : prefix + "/" + token, entry.getValue(), out);
      }
    } else {
      List<?> list = (List<?>) tree;
      if (list.stream().allMatch(item -> item instanceof Tree.Leaf)) {
        List<String> texts = list.stream().map(item -> ((Tree.Leaf) item).text()).toList();
        out.put(prefix, new Tree.Leaf("[" + String.join(", ", texts) + "]", list));
      } else {
        for (int i = 0; i < list.size(); i++) {
          flatten(prefix + "/" + i, list.get(i), out);
        }
      }
    }
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** The properties that name an element for people, the first one present. */
  private static final List<String> LABELS =
      List.of("name", "title", "description", "summary", "reason", "value");

  /** Names an element for people: its name, title, description... or its text. */
  private static @Nullable String label(Object element) {
    if (element instanceof Tree.Leaf) {
      return ((Tree.Leaf) element).text();
    }
    Map<String, Object> map = map(element);
    for (String property : LABELS) {
      if (map.get(property) instanceof Tree.Leaf) {
        return ((Tree.Leaf) map.get(property)).text();
      }
    }
    return null;
  }

  /** The key that identifies an element among its kind: see {@link Spec#key}. */
  private static String key(Spec spec, Object element) {
    Object value = spec.key().isEmpty() ? element : map(element).get(spec.key());
    return value instanceof Tree.Leaf ? ((Tree.Leaf) value).text() : NONE;
  }

  private static String occurrence(Map<String, Integer> seen, String key) {
    int n = seen.merge(key, 1, Integer::sum);
    return n == 1 ? key : key + "\u0000" + n;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(@Nullable Object tree) {
    return tree instanceof Map ? (Map<String, Object>) tree : Map.of();
  }
}
