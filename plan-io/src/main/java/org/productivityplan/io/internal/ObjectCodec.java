package org.productivityplan.io.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.productivityplan.io.internal.Node.Member;
import org.productivityplan.io.internal.Node.NullNode;
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
    for (Field<O, B> f : fields) {
      byName.put(f.name, f);
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
  public @Nullable O decode(Node node, String pointer, Decoding d) {
    return decode(node, pointer, d, Set.of());
  }

  /**
   * Decodes an object, skipping the named members (handled by the caller, such as the root's
   * schemaVersion).
   */
  @Nullable O decode(Node node, String pointer, Decoding d, Set<String> skip) {
    if (!(node instanceof ObjectNode)) {
      d.mismatch(Problem.WRONG_TYPE, pointer, node, expected());
      return null;
    }
    ObjectNode object = (ObjectNode) node;
    B b = builder.get();
    boolean ok = true;
    Map<String, RawJson> unknown = new LinkedHashMap<>();
    for (Member m : object.members().values()) {
      if (skip.contains(m.name())) {
        continue;
      }
      String p = pointer + "/" + TreeParser.escape(m.name());
      Field<O, B> f = byName.get(m.name());
      if (f == null) {
        unknown.put(m.name(), RawJson.of(Printer.compact(m.value())));
        d.report(
            Problem.UNKNOWN_PROPERTY, d.strict ? Severity.ERROR : Severity.INFO, p, m.line(), m.column(),
            "property '" + m.name() + "' is not part of format 1.0 for a " + words
                + (d.strict ? "; refused in strict mode" : "; kept as it is and written back unchanged"),
            m.name(), name);
        continue;
      }
      Node v = m.value();
      if (v instanceof NullNode) {
        if (f.required()) {
          d.mismatch(Problem.WRONG_TYPE, p, v, f.expected());
          ok = false;
        } else {
          d.report(Problem.NULL_VALUE, p, v,
              "property '" + m.name() + "': null is read as not stated (the property is omitted when written)",
              m.name());
        }
        continue;
      }
      boolean read = f.decode(v, p, b, d);
      if (!read && f.required()) {
        ok = false;
      }
    }
    List<String> missing = new ArrayList<>();
    for (Field<O, B> f : fields) {
      if (f.required() && !object.members().containsKey(f.name)) {
        missing.add(f.name);
        d.report(Problem.MISSING_PROPERTY, pointer, object,
            "a " + words + " requires the property '" + f.name + "' (" + f.expected()
                + "), but it is missing",
            f.name, f.expected(), "nothing");
      }
    }
    if (!ok || !missing.isEmpty()) {
      d.report(Problem.NOT_READ, pointer, object,
          "the " + words + " was not read, because a property it requires is missing or invalid",
          name);
      return null;
    }
    unknowns.accept(b, unknown);
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
