package org.productivityplan.io.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.io.robustness.ProblemChecks.assertWellFormed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.testing.PropertyChecks;

/**
 * Nothing given to the reader is lost: unknown properties at every level and the content of a newer
 * minor version survive a read and a write byte for byte, and a lenient read of a damaged document
 * never drops a value without a problem that says so.
 */
class NothingLostTest {

  private static final PlanJson LENIENT = PlanJson.standard();
  private static final PlanJson STRICT = PlanJson.builder().strict(true).build();

  static String sample(String name) {
    try (InputStream in = NothingLostTest.class.getResourceAsStream("/org/productivityplan/io/samples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Unknown properties at every level, and a newer minor version

  /**
   * Whether an object is a model type that keeps unknown properties, rather than a value (money, a
   * date range) whose members are fixed or a map keyed by theme.
   */
  @SuppressWarnings("unchecked")
  private static boolean isExtensible(Map<String, Object> o, String key) {
    Set<String> keys = o.keySet();
    boolean money = keys.contains("currency") && Set.of("amount", "currency").containsAll(keys);
    boolean range = !keys.isEmpty() && Set.of("start", "end").containsAll(keys);
    return !money && !range && !"narratives".equals(key);
  }

  /** Visits every object of a tree with its pointer and the key it is held under. */
  @SuppressWarnings("unchecked")
  private static void objects(Object node, String pointer, String key, TriConsumer visit) {
    if (node instanceof Map) {
      Map<String, Object> o = (Map<String, Object>) node;
      visit.accept(o, pointer, key);
      for (Map.Entry<String, Object> e : new ArrayList<>(o.entrySet())) {
        objects(e.getValue(), pointer + "/" + JsonTree.escape(e.getKey()), e.getKey(), visit);
      }
    } else if (node instanceof List) {
      List<Object> a = (List<Object>) node;
      for (int i = 0; i < a.size(); i++) {
        objects(a.get(i), pointer + "/" + i, key, visit);
      }
    }
  }

  @FunctionalInterface
  private interface TriConsumer {
    void accept(Map<String, Object> object, String pointer, String key);
  }

  /** A sample with one unknown property of random content at the end of every extensible object. */
  private static final class Extended {
    final String json;
    final List<String> added;

    Extended(String json, List<String> added) {
      this.json = json;
      this.added = added;
    }

    @Override
    public String toString() {
      return added.size() + " unknown properties added";
    }
  }

  private static Extended extend(String sample, Random r, String version) {
    // Objects inside the sample's own unknown properties are raw JSON, not model objects.
    List<String> own = LENIENT.read(sample).problems().stream().map(Finding::pointer).toList();
    @SuppressWarnings("unchecked")
    Map<String, Object> root = (Map<String, Object>) JsonTree.parse(sample);
    if (version != null) {
      root.put("schemaVersion", version);
    }
    List<String> added = new ArrayList<>();
    List<Object[]> targets = new ArrayList<>();
    objects(root, "", "", (o, pointer, key) -> {
      boolean raw = own.stream().anyMatch(u -> pointer.equals(u) || pointer.startsWith(u + "/"));
      if (!raw && isExtensible(o, key)) {
        targets.add(new Object[] {o, pointer});
      }
    });
    for (Object[] t : targets) {
      @SuppressWarnings("unchecked")
      Map<String, Object> o = (Map<String, Object>) t[0];
      String name = "x" + r.nextInt(1000) + RandomJson.string(r);
      while (o.containsKey(name)) {
        name = name + "_";
      }
      o.put(name, RandomJson.value(r, 3));
      added.add(t[1] + "/" + JsonTree.escape(name));
    }
    return new Extended(JsonTree.pretty(root), added);
  }

  @Test
  void unknownPropertiesAtEveryLevelSurviveByteForByte() {
    AtomicInteger properties = new AtomicInteger();
    // The sample holds unknown properties of its own already.
    List<String> own = LENIENT.read(sample("full.json")).problems().stream().map(Finding::pointer).toList();
    assertThat(own).isNotEmpty();
    int cases = PropertyChecks.forAll(r -> extend(sample("full.json"), r, null), doc -> {
      List<String> expected = new ArrayList<>(own);
      expected.addAll(doc.added);
      ReadResult<ProductivityPlan> lenient = LENIENT.read(doc.json);
      assertWellFormed(lenient);
      assertThat(lenient.problems()).allSatisfy(p -> {
        assertThat(p.ruleId()).isEqualTo("IO026");
        assertThat(p.severity()).isEqualTo(Severity.INFO);
      });
      assertThat(lenient.problems().stream().map(Finding::pointer).collect(Collectors.toSet()))
          .containsExactlyInAnyOrderElementsOf(expected);

      assertThat(LENIENT.write(lenient.value().orElseThrow())).isEqualTo(doc.json);

      ReadResult<ProductivityPlan> strict = STRICT.read(doc.json);
      assertThat(strict.problems()).hasSameSizeAs(expected)
          .allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.ERROR));
      properties.addAndGet(doc.added.size());
    });
    System.out.println("unknown properties: " + cases + " cases, " + properties + " properties kept");
    // Every object of the sample that keeps unknown properties got one: dozens per case.
    assertThat(properties.get()).isGreaterThanOrEqualTo(cases * 20);
  }

  @Test
  void aNewerMinorVersionIsReadAndWrittenBackWithEverythingKept() {
    int cases = PropertyChecks.forAll(r -> extend(sample("full.json"), r, "1." + (1 + r.nextInt(20))), doc -> {
      ReadResult<ProductivityPlan> result = LENIENT.read(doc.json);
      assertWellFormed(result);
      assertThat(result.value()).isPresent();
      assertThat(result.problems()).first().satisfies(p -> assertThat(p.ruleId()).isEqualTo("IO011"));
      assertThat(result.problems()).filteredOn(p -> p.severity() != Severity.INFO).isEmpty();

      assertThat(LENIENT.write(result.value().orElseThrow())).isEqualTo(doc.json);
    });
    System.out.println("newer minor version: " + cases + " cases");
  }

  // ---------------------------------------------------------------------------------------------
  // A lenient read never drops a value it did not report

  /** A damaged document, and what was done to it. */
  static final class Damaged {
    final Object tree;
    final String json;
    final List<String> edits;

    Damaged(Object tree, String json, List<String> edits) {
      this.tree = tree;
      this.json = json;
      this.edits = edits;
    }

    @Override
    public String toString() {
      return edits + "\n" + json;
    }
  }

  /** Every container of a tree with a way to reach into it. */
  @SuppressWarnings("unchecked")
  private static void containers(Object node, String pointer, BiConsumer<Object, String> visit) {
    if (node instanceof Map) {
      visit.accept(node, pointer);
      ((Map<String, Object>) node).forEach((k, v) -> containers(v, pointer + "/" + JsonTree.escape(k), visit));
    } else if (node instanceof List) {
      visit.accept(node, pointer);
      List<Object> a = (List<Object>) node;
      for (int i = 0; i < a.size(); i++) {
        containers(a.get(i), pointer + "/" + i, visit);
      }
    }
  }

  @SuppressWarnings("unchecked")
  static Damaged damage(Object original, Random r) {
    Object tree = JsonTree.copy(original);
    List<String> edits = new ArrayList<>();
    int n = 1 + r.nextInt(6);
    for (int e = 0; e < n; e++) {
      List<Object> cs = new ArrayList<>();
      List<String> ps = new ArrayList<>();
      containers(tree, "", (c, p) -> {
        cs.add(c);
        ps.add(p);
      });
      int i = r.nextInt(cs.size());
      Object c = cs.get(i);
      String p = ps.get(i);
      int kind = r.nextInt(7);
      if (c instanceof Map) {
        Map<String, Object> o = (Map<String, Object>) c;
        List<String> keys = new ArrayList<>(o.keySet());
        if (kind == 0 || keys.isEmpty()) {
          String name = "extra" + r.nextInt(100);
          o.put(name, RandomJson.value(r, 2, true));
          edits.add("add " + p + "/" + name);
          continue;
        }
        String key = keys.get(r.nextInt(keys.size()));
        String at = p + "/" + JsonTree.escape(key);
        switch (kind) {
          case 1:
            o.put(key, RandomJson.value(r, 2, true));
            edits.add("replace " + at);
            break;
          case 2:
            o.put(key, JsonTree.NULL);
            edits.add("null " + at);
            break;
          case 3:
            o.remove(key);
            edits.add("remove " + at);
            break;
          case 4:
            o.put(key, r.nextBoolean() ? new ArrayList<>(List.of(o.get(key))) : new LinkedHashMap<>(Map.of("v", o.get(key))));
            edits.add("wrap " + at);
            break;
          case 5:
            o.put(key, RandomJson.string(r));
            edits.add("string " + at);
            break;
          default:
            o.put(key, RandomJson.anyNumber(r));
            edits.add("number " + at);
        }
      } else {
        List<Object> a = (List<Object>) c;
        if (kind < 3 || a.isEmpty()) {
          int at = r.nextInt(a.size() + 1);
          a.add(at, RandomJson.value(r, 2, true));
          edits.add("insert " + p + "/" + at);
        } else if (kind < 5) {
          int at = r.nextInt(a.size());
          a.set(at, RandomJson.value(r, 2, true));
          edits.add("set " + p + "/" + at);
        } else {
          int at = r.nextInt(a.size());
          a.add(at, JsonTree.copy(a.get(at)));
          edits.add("duplicate " + p + "/" + at);
        }
      }
    }
    return new Damaged(tree, r.nextBoolean() ? JsonTree.pretty(tree) : JsonTree.compact(tree), edits);
  }

  @Test
  void aLenientReadNeverDropsAValueItDidNotReport() {
    Object full = JsonTree.parse(sample("full.json"));
    AtomicInteger read = new AtomicInteger();
    AtomicInteger leaves = new AtomicInteger();
    int cases = PropertyChecks.forAll(r -> damage(full, r), doc -> {
      ReadResult<ProductivityPlan> result = LENIENT.read(doc.json);
      assertWellFormed(result);
      if (result.value().isEmpty()) {
        return;
      }
      read.incrementAndGet();
      Object written = JsonTree.parse(LENIENT.write(result.value().get()));
      Set<String> reported = result.problems().stream().map(Finding::pointer).collect(Collectors.toSet());
      List<String> lost = new ArrayList<>();
      leaves.addAndGet(Survival.compare(doc.tree, written, "", reported, lost));
      assertThat(lost).as("values dropped without a problem; problems: %s", result.problems()).isEmpty();
    });
    System.out.println("lenient read: " + cases + " damaged documents, " + read + " read, " + leaves
        + " values checked");
    assertThat(read.get()).as("most damaged documents still give a plan").isGreaterThan(cases / 2);
  }

  // ---------------------------------------------------------------------------------------------
  // Found by the property above

  private static final String HEAD = "{\"schemaVersion\": \"1.0\", \"council\": {\"name\": \"C\"}, \"title\": \"T\", ";

  @Test
  void aNullInADateRangeIsReportedAsNotStated() {
    ReadResult<ProductivityPlan> result =
        LENIENT.read(HEAD + "\"councilPlan\": {\"title\": \"P\", \"period\": {\"start\": \"2023\", \"end\": null}}}");

    assertThat(result.value()).isPresent();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo("IO030");
      assertThat(p.pointer()).isEqualTo("/councilPlan/period/end");
      assertThat(p.severity()).isEqualTo(Severity.INFO);
    });
  }

  @Test
  void aMoneyThatIsNotReadIsReportedAtItsOwnPointer() {
    ReadResult<ProductivityPlan> result =
        LENIENT.read(HEAD + "\"context\": {\"reserves\": {\"amount\": 13100000, \"currency\": null}}}");

    assertThat(result.value()).isPresent();
    assertThat(result.value().get().context().orElseThrow().reserves()).isEmpty();
    assertThat(result.problems()).anySatisfy(p -> assertThat(p.pointer()).isEqualTo("/context/reserves"));
  }
}
