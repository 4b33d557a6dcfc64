package org.productivityplan.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the JSON tree of a document with the tree of its canonical form, so that {@code fmt}
 * replaces a file only when formatting changed nothing but layout and order. Two trees are the same
 * when they hold the same values at the same JSON Pointers, after what the format defines as not
 * stated is set aside on both sides: {@code null}, {@code []} and {@code {}} (except {@code asks},
 * where {@code []} means "none"), and {@code "approximate": false}. Numbers are compared as decimals
 * ({@code 1.50} is {@code 1.5}); property order does not matter; array order does.
 */
final class Trees {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .build();

  private Trees() {}

  /**
   * Finds the first place where two documents hold different values.
   *
   * @param before the document as read
   * @param after its canonical form
   * @return a description of the first difference, naming its JSON Pointer; empty when none
   * @throws IOException when either is not JSON (never for documents the reader read)
   */
  static Optional<String> firstDifference(byte[] before, byte[] after) throws IOException {
    JsonNode a = normal(MAPPER.readTree(before));
    JsonNode b = normal(MAPPER.readTree(after));
    return difference("", a, b);
  }

  /**
   * Returns a string property of a document's root object.
   *
   * @param document the document
   * @param name the property
   * @return its value, when the document is an object whose property is a string
   * @throws IOException when the document is not JSON
   */
  static Optional<String> rootString(byte[] document, String name) throws IOException {
    JsonNode value = MAPPER.readTree(document).get(name);
    return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
  }

  /**
   * Returns a string as a JSON string literal.
   *
   * @param text the string
   * @return the literal, quoted and escaped
   * @throws IOException never, for a string
   */
  static String quoted(String text) throws IOException {
    return MAPPER.writeValueAsString(text);
  }

  /** The value with what is not stated set aside; {@code null} when it is itself not stated. */
  private static JsonNode normal(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> kept = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        JsonNode value = normal(member.getValue());
        boolean notStated =
            value.isNull()
                || (value.isObject() && value.isEmpty())
                || (value.isArray() && value.isEmpty() && !member.getKey().equals("asks"))
                || (member.getKey().equals("approximate") && value.isBoolean() && !value.asBoolean());
        if (!notStated) {
          kept.put(member.getKey(), value);
        }
      }
      return MAPPER.getNodeFactory().objectNode().setAll(kept);
    }
    if (node.isArray()) {
      var array = MAPPER.getNodeFactory().arrayNode(node.size());
      node.forEach(element -> array.add(normal(element)));
      return array;
    }
    return node;
  }

  private static Optional<String> difference(String pointer, JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0
          ? Optional.empty()
          : changed(pointer, a, b);
    }
    if (a.isObject() && b.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        String at = pointer + "/" + escape(member.getKey());
        JsonNode other = b.get(member.getKey());
        if (other == null) {
          return Optional.of(at + " would be dropped");
        }
        Optional<String> inner = difference(at, member.getValue(), other);
        if (inner.isPresent()) {
          return inner;
        }
      }
      for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!a.has(name)) {
          return Optional.of(pointer + "/" + escape(name) + " would be added");
        }
      }
      return Optional.empty();
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return Optional.of(
            pointer + " would have " + b.size() + " elements instead of " + a.size());
      }
      for (int i = 0; i < a.size(); i++) {
        Optional<String> inner = difference(pointer + "/" + i, a.get(i), b.get(i));
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    return a.equals(b) ? Optional.empty() : changed(pointer, a, b);
  }

  private static Optional<String> changed(String pointer, JsonNode a, JsonNode b) {
    return Optional.of(
        (pointer.isEmpty() ? "the document" : pointer)
            + " would change from "
            + abbreviated(a)
            + " to "
            + abbreviated(b));
  }

  private static String abbreviated(JsonNode node) {
    String text = node.toString();
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /** Escapes a property name as a JSON Pointer token (RFC 6901). */
  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
