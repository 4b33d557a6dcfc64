package org.productivityplan.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.productivityplan.io.internal.Node.ObjectNode;
import org.productivityplan.model.Extensible;
import org.productivityplan.model.RawJson;
import org.productivityplan.model.Severity;

/**
 * The codec of one object type of the model, driven by its list of {@link Field}s: the one
 * description from which the type is read, written and described in the schema. Unknown
 * properties are kept in {@code unknownProperties()} as compact canonical JSON and written back
 * after the known ones. Immutable and thread-safe.
 *
 * @param <O> the object type
 * @param <B> its builder
 */
final class ObjectCodec<O extends Extensible, B> implements Codec<O> {

  private final String name;
  private final String words;
  private final String doc;
  private final Supplier<B> builder;
  private final Function<B, O> build;
  private final BiConsumer<B, Map<String, RawJson>> unknowns;
  private final List<Field<O, B>> fields;
  private final Map<String, Field<O, B>> byName = new LinkedHashMap<>();
  private final Map<String, Integer> slots = new HashMap<>();
  private final Field<O, B>[] slotted;
  /**
   * The property expected after each one: {@code next[k + 1]} after the property of slot {@code k}
   * ({@code next[0]} first), or -1. Learnt from the documents read (at first, the order written);
   * only a guess that saves looking the name up, so a race between threads costs nothing but a miss.
   */
  private final int[] next;
  /** The slots of the required properties, as bits: 0 to 63 and 64 to 127. */
  private final long required0;
  private final long required1;

  /**
   * What the root of a document adds to its object: the handling of {@code schemaVersion}.
   */
  interface RootHook {
    /**
     * Sees a member first, the parser on its value.
     *
     * @return true when the hook has read the value, so that the member is not read as a field
     */
    boolean member(String name, Reading r) throws IOException;

    /** Called at the end of the object, before required properties are checked. */
    void end(Reading r, int line, int column);
  }

  ObjectCodec(
      String name, String doc, Supplier<B> builder, Function<B, O> build,
      BiConsumer<B, Map<String, RawJson>> unknowns, List<Field<O, B>> fields) {
    this.name = name;
    this.words = words(name);
    this.doc = doc;
    this.builder = builder;
    this.build = build;
    this.unknowns = unknowns;
    this.fields = List.copyOf(fields);
    if (fields.size() > 128) {
      throw new IllegalArgumentException(name + " has more than 128 properties; ObjectCodec tracks at most 128");
    }
    @SuppressWarnings("unchecked")
    Field<O, B>[] array = (Field<O, B>[]) fields.toArray(new Field<?, ?>[0]);
    this.slotted = array;
    for (int i = 0; i < array.length; i++) {
      byName.put(array[i].name, array[i]);
      slots.put(array[i].name, i);
    }
    long r0 = 0;
    long r1 = 0;
    for (int i = 0; i < array.length; i++) {
      if (array[i].required()) {
        if (i < 64) {
          r0 |= 1L << i;
        } else {
          r1 |= 1L << (i - 64);
        }
      }
    }
    this.required0 = r0;
    this.required1 = r1;
    this.next = new int[array.length + 1];
    for (int i = 0; i <= array.length; i++) {
      next[i] = i < array.length ? i : -1;
    }
  }

  /** "TransformationProject" in words: "transformation project". */
  private static String words(String type) {
    return type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT)
        .replace("kpi", "KPI");
  }

  String name() {
    return name;
  }

  /** @return the names of the properties, in the order written */
  List<String> fieldNames() {
    return List.copyOf(byName.keySet());
  }

  /** @return the property of that name, or null when the type has none */
  @Nullable Field<O, B> field(String propertyName) {
    return byName.get(propertyName);
  }

  @Override
  public @Nullable O read(Reading r) throws IOException {
    return read(r, null);
  }

  /** Reads an object; a root hook, when given, sees each member first. */
  @Nullable O read(Reading r, @Nullable RootHook hook) throws IOException {
    JsonParser p = r.p;
    if (p.currentToken() != JsonToken.START_OBJECT) {
      r.mismatch(Problem.WRONG_TYPE, expected());
      return null;
    }
    int line = r.line();
    // The column is turned into UTF-16 characters only for a problem.
    long place = r.place();
    B b = builder.get();
    boolean ok = true;
    long seen0 = 0;
    long seen1 = 0;
    Map<String, RawJson> unknown = null;
    int last = -1;
    while (true) {
      // Most documents list the properties in one order: the parser is asked whether the next
      // name is the one expected (Reading.nextName), and then no name is looked up.
      int guess = next[last + 1];
      @Nullable Field<O, B> expected = guess >= 0 ? slotted[guess] : null;
      String member = r.nextName(expected == null ? null : expected.serialized);
      if (member == null) {
        break;
      }
      int k;
      if (expected != null && member == expected.name) {
        k = guess;
      } else {
        Integer slot = slots.get(member);
        k = slot == null ? -1 : slot;
        if (k >= 0 && guess != k) {
          next[last + 1] = k;
        }
      }
      r.enter(member);
      if (k >= 0) {
        last = k;
        long bit = 1L << (k & 63);
        if (k < 64 ? (seen0 & bit) != 0 : (seen1 & bit) != 0) {
          throw r.duplicate(member);
        }
        if (k < 64) {
          seen0 |= bit;
        } else {
          seen1 |= bit;
        }
      } else if (unknown != null && unknown.containsKey(member)) {
        throw r.duplicate(member);
      }
      JsonToken t = p.nextToken();
      r.count();
      if (hook != null && hook.member(member, r)) {
        r.leave();
        continue;
      }
      if (k < 0) {
        if (unknown == null) {
          unknown = new LinkedHashMap<>();
        }
        int e = r.entry();
        r.report(
            Problem.UNKNOWN_PROPERTY, r.strict ? Severity.ERROR : Severity.INFO, r.pointer(),
            r.positions.line(e), r.positions.column(e),
            "property '" + member + "' is not part of format 1.0 for a " + words
                + (r.strict ? "; refused in strict mode" : "; kept as it is and written back unchanged"),
            member, name);
        unknown.put(member, r.capture());
        r.leave();
        continue;
      }
      Field<O, B> f = slotted[k];
      if (t == JsonToken.VALUE_NULL) {
        if (f.required()) {
          r.mismatch(Problem.WRONG_TYPE, f.expected());
          ok = false;
        } else {
          r.reportHere(Problem.NULL_VALUE,
              "property '" + member + "': null is read as not stated (the property is omitted when written)",
              member);
        }
      } else if (!f.read(r, b) && f.required()) {
        ok = false;
      }
      r.leave();
    }
    if (hook != null) {
      hook.end(r, line, r.column(place));
    }
    boolean missing = false;
    // The required properties are gone through one by one only when one is missing.
    if ((seen0 & required0) != required0 || (seen1 & required1) != required1) {
      for (int k = 0; k < slotted.length; k++) {
        Field<O, B> f = slotted[k];
        if (f.required() && ((k < 64 ? seen0 >>> k : seen1 >>> (k - 64)) & 1L) == 0) {
          missing = true;
          r.report(Problem.MISSING_PROPERTY, Problem.MISSING_PROPERTY.severity(), r.pointer(), line, r.column(place),
              "a " + words + " requires the property '" + f.name + "' (" + f.expected()
                  + "), but it is missing",
              f.name, f.expected(), "nothing");
        }
      }
    }
    if (!ok || missing) {
      r.report(Problem.NOT_READ, Problem.NOT_READ.severity(), r.pointer(), line, r.column(place),
          "the " + words + " was not read, because a property it requires is missing or invalid",
          name);
      return null;
    }
    if (unknown != null) {
      unknowns.accept(b, unknown);
    }
    return build.apply(b);
  }

  @Override
  public Node encode(O value) {
    return encode(value, Map.of());
  }

  /** Encodes an object, with leading members written first (the root's schemaVersion). */
  ObjectNode encode(O value, Map<String, Node> leading) {
    Node.ObjectBuilder b = ObjectNode.builder();
    leading.forEach(b::put);
    for (Field<O, B> f : fields) {
      Node n = f.encode(value);
      if (n != null) {
        b.put(f.name, n);
      }
    }
    for (Map.Entry<String, RawJson> e : value.unknownProperties().entrySet()) {
      if (byName.containsKey(e.getKey()) || leading.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            "The unknown property '" + e.getKey() + "' of a " + words
                + " has the name of a known property, so it cannot be written");
      }
      b.put(e.getKey(), RawNodes.parse(e.getValue(), e.getKey()));
    }
    return b.build();
  }

  @Override
  public Node schema(SchemaDefs defs) {
    return defs.ref(name, () -> definition(defs));
  }

  private Node definition(SchemaDefs defs) {
    Node.ObjectBuilder props = ObjectNode.builder();
    List<String> required = new ArrayList<>();
    for (Field<O, B> f : fields) {
      props.put(f.name, Schemas.describe(f.schema(defs), f.doc));
      if (f.requiredInSchema()) {
        required.add(f.name);
      }
    }
    List<Object> pairs = new ArrayList<>(List.of("type", "object", "description", doc));
    if (!required.isEmpty()) {
      pairs.add("required");
      pairs.add(required);
    }
    pairs.add("properties");
    pairs.add(props.build());
    pairs.add("additionalProperties");
    pairs.add(true);
    return Codecs.obj(pairs.toArray());
  }

  @Override
  public String expected() {
    return "an object (a " + words + ")";
  }
}
