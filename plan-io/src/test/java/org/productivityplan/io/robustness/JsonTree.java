package org.productivityplan.io.robustness;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain JSON tree for tests, independent of the reader under test: objects are {@link
 * LinkedHashMap}s, arrays {@link ArrayList}s, numbers {@link Num} (equal by value), strings,
 * booleans and {@link #NULL}. Parsed with Jackson's streaming parser; printed in the canonical form
 * of format 1.0.
 */
final class JsonTree {

  /** JSON's null. */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  /** A JSON number, kept as written; two are equal when their values are. */
  static final class Num {
    final String text;

    Num(String text) {
      this.text = text;
    }

    BigDecimal value() {
      return new BigDecimal(text);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Num && value().compareTo(((Num) o).value()) == 0;
    }

    @Override
    public int hashCode() {
      return value().stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonTree() {}

  /** Parses a JSON text. */
  static Object parse(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      return value(p, p.nextToken());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> o = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          o.put(name, value(p, p.nextToken()));
        }
        return o;
      }
      case START_ARRAY: {
        List<Object> a = new ArrayList<>();
        JsonToken n;
        while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
          a.add(value(p, n));
        }
        return a;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Num(p.getText());
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return NULL;
      default:
        throw new IllegalStateException("unexpected " + t);
    }
  }

  /** Returns a deep copy. */
  @SuppressWarnings("unchecked")
  static Object copy(Object node) {
    if (node instanceof Map) {
      Map<String, Object> c = new LinkedHashMap<>();
      ((Map<String, Object>) node).forEach((k, v) -> c.put(k, copy(v)));
      return c;
    }
    if (node instanceof List) {
      List<Object> c = new ArrayList<>();
      ((List<Object>) node).forEach(v -> c.add(copy(v)));
      return c;
    }
    return node;
  }

  /** Prints canonically: two-space indent, {@code "key": value}, trailing newline. */
  static String pretty(Object node) {
    StringBuilder out = new StringBuilder();
    print(node, out, 0, true);
    return out.append('\n').toString();
  }

  /** Prints on one line without spaces. */
  static String compact(Object node) {
    StringBuilder out = new StringBuilder();
    print(node, out, 0, false);
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static void print(Object node, StringBuilder out, int depth, boolean pretty) {
    if (node instanceof Map) {
      Map<String, Object> o = (Map<String, Object>) node;
      if (o.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      for (Iterator<Map.Entry<String, Object>> it = o.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<String, Object> e = it.next();
        newline(out, depth + 1, pretty);
        quote(e.getKey(), out);
        out.append(pretty ? ": " : ":");
        print(e.getValue(), out, depth + 1, pretty);
        if (it.hasNext()) {
          out.append(',');
        }
      }
      newline(out, depth, pretty);
      out.append('}');
    } else if (node instanceof List) {
      List<Object> a = (List<Object>) node;
      if (a.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      for (int i = 0; i < a.size(); i++) {
        newline(out, depth + 1, pretty);
        print(a.get(i), out, depth + 1, pretty);
        if (i < a.size() - 1) {
          out.append(',');
        }
      }
      newline(out, depth, pretty);
      out.append(']');
    } else if (node instanceof String) {
      quote((String) node, out);
    } else {
      out.append(node);
    }
  }

  private static void newline(StringBuilder out, int depth, boolean pretty) {
    if (pretty) {
      out.append('\n').append("  ".repeat(depth));
    }
  }

  /** Quotes as format 1.0 does: the short escapes, other controls as six-character escapes, the rest as is. */
  static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  /** Returns every scalar of a tree by its JSON Pointer, in document order. */
  static Map<String, Object> leaves(Object node) {
    Map<String, Object> out = new LinkedHashMap<>();
    leaves(node, "", out);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void leaves(Object node, String pointer, Map<String, Object> out) {
    if (node instanceof Map) {
      ((Map<String, Object>) node).forEach((k, v) -> leaves(v, pointer + "/" + escape(k), out));
    } else if (node instanceof List) {
      List<Object> a = (List<Object>) node;
      for (int i = 0; i < a.size(); i++) {
        leaves(a.get(i), pointer + "/" + i, out);
      }
    } else {
      out.put(pointer, node);
    }
  }

  /** Escapes one JSON Pointer segment. */
  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
