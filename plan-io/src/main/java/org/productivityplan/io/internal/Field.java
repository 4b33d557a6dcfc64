package org.productivityplan.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.productivityplan.io.internal.Node.ArrayNode;
import org.productivityplan.io.internal.Node.ObjectNode;
import org.productivityplan.io.internal.Node.StringNode;
import org.productivityplan.model.Coded;

/**
 * One property of an object type: its name, whether it is required, and how it is read, written and
 * described in the schema. Made by the factories here from a getter and a builder setter.
 *
 * @param <O> the object type
 * @param <B> its builder
 */
abstract class Field<O, B> {

  final String name;
  final String doc;
  /** The name as Jackson matches it against the input's bytes. */
  final SerializedString serialized;

  private Field(String name, String doc) {
    this.name = name;
    this.doc = doc;
    this.serialized = new SerializedString(name);
  }

  /** @return whether the reader needs the property to build the object */
  boolean required() {
    return false;
  }

  /** @return whether the schema lists the property as required */
  boolean requiredInSchema() {
    return required();
  }

  /**
   * Reads the property's value (never a JSON null) from the parser into the builder; see {@link
   * Codec#read}.
   *
   * @return whether the value was read
   */
  abstract boolean read(Reading r, B builder) throws IOException;

  /** @return the value's node, or null when the property is omitted */
  abstract @Nullable Node encode(O object);

  abstract Node schema(SchemaDefs defs);

  abstract String expected();

  /** A property the object cannot be built without. */
  static <O, B, V> Field<O, B> req(
      String name, Codec<V> codec, Function<O, V> get, BiConsumer<B, V> set, String doc) {
    return new Single<>(name, codec, get, set, doc, true);
  }

  /**
   * A property always written, read when present, listed as required by the schema: a {@link #req}
   * field that the reader does not need to build the object.
   */
  static <O, B, V> Field<O, B> always(
      String name, Codec<V> codec, Function<O, V> get, BiConsumer<B, V> set, String doc) {
    return new Single<>(name, codec, get, set, doc, false);
  }

  /** A property always written and listed as required; required by the reader or not. */
  private static final class Single<O, B, V> extends Field<O, B> {
    private final Codec<V> codec;
    private final Function<O, V> get;
    private final BiConsumer<B, V> set;
    private final boolean required;

    Single(String name, Codec<V> codec, Function<O, V> get, BiConsumer<B, V> set, String doc,
        boolean required) {
      super(name, doc);
      this.codec = codec;
      this.get = get;
      this.set = set;
      this.required = required;
    }

    @Override
    boolean required() {
      return required;
    }

    @Override
    boolean requiredInSchema() {
      return true;
    }

    @Override
    boolean read(Reading r, B builder) throws IOException {
      V v = value(codec, r);
      if (v != null) {
        set.accept(builder, v);
      }
      return v != null;
    }

    @Override
    Node encode(O object) {
      return codec.encode(get.apply(object));
    }

    @Override
    Node schema(SchemaDefs defs) {
      return codec.schema(defs);
    }

    @Override
    String expected() {
      return codec.expected();
    }
  }

  /**
   * Reads a value with its codec; a plain string, the commonest value, without the codec's calls.
   */
  @SuppressWarnings("unchecked")
  static <V> @Nullable V value(Codec<V> codec, Reading r) throws IOException {
    if (codec == Codecs.STRING && r.p.currentToken() == JsonToken.VALUE_STRING) {
      return (V) r.p.getText();
    }
    return codec.read(r);
  }

  /** An optional property, omitted when empty. */
  static <O, B, V> Field<O, B> opt(
      String name, Codec<V> codec, Function<O, Optional<V>> get, BiConsumer<B, V> set, String doc) {
    return new Field<>(name, doc) {
      @Override
      boolean read(Reading r, B builder) throws IOException {
        V v = value(codec, r);
        if (v != null) {
          set.accept(builder, v);
        }
        return v != null;
      }

      @Override
      @Nullable Node encode(O object) {
        return get.apply(object).map(codec::encode).orElse(null);
      }

      @Override
      Node schema(SchemaDefs defs) {
        return codec.schema(defs);
      }

      @Override
      String expected() {
        return codec.expected();
      }
    };
  }

  /** A boolean property with the default false, omitted when false. */
  static <O, B> Field<O, B> flag(
      String name, Function<O, Boolean> get, BiConsumer<B, Boolean> set, String doc) {
    return new Field<>(name, doc) {
      @Override
      boolean read(Reading r, B builder) throws IOException {
        Boolean v = Codecs.BOOLEAN.read(r);
        if (v != null) {
          set.accept(builder, v);
        }
        return v != null;
      }

      @Override
      @Nullable Node encode(O object) {
        return get.apply(object) ? Codecs.BOOLEAN.encode(true) : null;
      }

      @Override
      Node schema(SchemaDefs defs) {
        return Codecs.obj("type", "boolean", "default", false);
      }

      @Override
      String expected() {
        return Codecs.BOOLEAN.expected();
      }
    };
  }

  /**
   * A list property, omitted when empty; an element that cannot be read is dropped and reported. Each
   * element read is handed to the builder's {@code add} method as it is read, so the list is built
   * once, in the builder, not first in a list of the reader's own and then copied into it.
   */
  static <O, B, V> Field<O, B> list(
      String name, Codec<V> codec, Function<O, List<V>> get, BiConsumer<B, V> add, String doc) {
    return new Field<>(name, doc) {
      @Override
      boolean read(Reading r, B builder) throws IOException {
        return readList(codec, r, builder, add);
      }

      @Override
      @Nullable Node encode(O object) {
        List<V> list = get.apply(object);
        return list.isEmpty() ? null : encodeList(codec, list);
      }

      @Override
      Node schema(SchemaDefs defs) {
        return listSchema(codec, defs);
      }

      @Override
      String expected() {
        return listExpected(codec);
      }
    };
  }

  /**
   * An optional list property: absent means not stated, {@code []} means stated as none, so an empty
   * list is written.
   */
  static <O, B, V> Field<O, B> optList(
      String name, Codec<V> codec, Function<O, Optional<List<V>>> get, BiConsumer<B, List<V>> set,
      String doc) {
    return new Field<>(name, doc) {
      @Override
      boolean read(Reading r, B builder) throws IOException {
        List<V> list = new ArrayList<>();
        if (!readList(codec, r, list, List::add)) {
          return false;
        }
        set.accept(builder, list);
        return true;
      }

      @Override
      @Nullable Node encode(O object) {
        return get.apply(object).map(l -> encodeList(codec, l)).orElse(null);
      }

      @Override
      Node schema(SchemaDefs defs) {
        return listSchema(codec, defs);
      }

      @Override
      String expected() {
        return listExpected(codec);
      }
    };
  }

  private static Node listSchema(Codec<?> codec, SchemaDefs defs) {
    return Codecs.obj("type", "array", "items", codec.schema(defs));
  }

  private static String listExpected(Codec<?> codec) {
    return "an array of " + codec.expected();
  }

  /** A map keyed by the codes of an enumeration, written in the enumeration's order; omitted when empty. */
  static <O, B, K extends Enum<K> & Coded, V> Field<O, B> map(
      String name, Class<K> keys, Codec<V> values, Function<O, Map<K, V>> get,
      BiConsumer<B, Map<K, V>> set, String doc) {
    List<String> codes = Arrays.stream(keys.getEnumConstants()).map(Coded::code).collect(Collectors.toList());
    Map<String, K> byCode = new HashMap<>();
    for (K k : keys.getEnumConstants()) {
      byCode.put(k.code(), k);
    }
    String expectedKey = "a " + keys.getSimpleName() + " code (" + String.join(", ", codes) + ")";
    return new Field<>(name, doc) {
      @Override
      boolean read(Reading r, B builder) throws IOException {
        JsonParser p = r.p;
        if (p.currentToken() != JsonToken.START_OBJECT) {
          r.mismatch(Problem.WRONG_TYPE, expected());
          return false;
        }
        Map<K, V> map = new EnumMap<>(keys);
        long seen = 0;
        NameSet others = null;
        StringBuilder otherNames = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          r.enter(name);
          K key = byCode.get(name);
          boolean first;
          if (key != null && key.ordinal() < 64) {
            first = (seen & (1L << key.ordinal())) == 0;
            seen |= 1L << key.ordinal();
          } else {
            if (others == null) {
              otherNames = new StringBuilder();
              others = new NameSet(otherNames);
            }
            int start = otherNames.length();
            Printer.quote(name, otherNames);
            first = others.add(start, otherNames.length(), name.hashCode());
          }
          if (!first) {
            throw r.duplicate(name);
          }
          p.nextToken();
          r.count();
          if (key == null) {
            int e = r.entry();
            r.report(Problem.UNKNOWN_CODE, Problem.UNKNOWN_CODE.severity(), r.pointer(),
                r.positions.line(e), r.positions.column(e),
                "property '" + name + "': expected " + expectedKey + " as the key, but found \""
                    + Node.shorten(name) + "\"; the entry was not read",
                name, expectedKey, name);
            r.skip();
          } else if (p.currentToken() == JsonToken.VALUE_NULL) {
            r.reportHere(Problem.NULL_VALUE, r.subject() + "null is read as not stated", name);
          } else {
            V v = values.read(r);
            if (v != null) {
              map.put(key, v);
            }
          }
          r.leave();
        }
        set.accept(builder, map);
        return true;
      }

      @Override
      @Nullable Node encode(O object) {
        Map<K, V> map = get.apply(object);
        if (map.isEmpty()) {
          return null;
        }
        Node.ObjectBuilder b = ObjectNode.builder();
        for (K k : keys.getEnumConstants()) {
          V v = map.get(k);
          if (v != null) {
            b.put(k.code(), values.encode(v));
          }
        }
        return b.build();
      }

      @Override
      Node schema(SchemaDefs defs) {
        return Codecs.obj(
            "type", "object",
            "propertyNames", Codecs.obj("enum", codes),
            "additionalProperties", values.schema(defs));
      }

      @Override
      String expected() {
        return "an object keyed by " + keys.getSimpleName() + " code";
      }
    };
  }

  /**
   * Reads an array, handing each element read to {@code add} with {@code target} (no capturing
   * lambda a list).
   *
   * @return false when the value is not an array (reported and skipped)
   */
  static <T, V> boolean readList(Codec<V> codec, Reading r, T target, BiConsumer<T, V> add)
      throws IOException {
    JsonParser p = r.p;
    if (p.currentToken() != JsonToken.START_ARRAY) {
      r.mismatch(Problem.WRONG_TYPE, listExpected(codec));
      return false;
    }
    JsonToken t;
    int i = 0;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new com.fasterxml.jackson.core.JsonParseException(p, "Unexpected end-of-input in an array");
      }
      r.checkLength(i);
      r.count();
      r.enter(i);
      if (t == JsonToken.VALUE_NULL) {
        r.mismatch(Problem.WRONG_TYPE, codec.expected() + " (the element was not read)");
      } else {
        V v = value(codec, r);
        if (v != null) {
          add.accept(target, v);
        }
      }
      r.leave();
      i++;
    }
    return true;
  }

  static <V> Node encodeList(Codec<V> codec, List<V> list) {
    List<Node> nodes = new ArrayList<>(list.size());
    for (V v : list) {
      nodes.add(codec.encode(v));
    }
    return ArrayNode.of(nodes);
  }

  static StringNode text(String s) {
    return StringNode.of(s);
  }
}
