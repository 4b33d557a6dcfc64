package org.productivityplan.io.internal;

import java.util.Iterator;
import java.util.List;
import org.productivityplan.io.internal.Node.ArrayNode;
import org.productivityplan.io.internal.Node.BooleanNode;
import org.productivityplan.io.internal.Node.Member;
import org.productivityplan.io.internal.Node.NumberNode;
import org.productivityplan.io.internal.Node.ObjectNode;
import org.productivityplan.io.internal.Node.StringNode;

/**
 * Prints a {@link Node} as canonical JSON: either indented (two spaces, {@code "key": value}, one
 * element per line, empty containers as {@code []} and {@code {}}, {@code \n} line ends, a trailing
 * newline) or compact (no whitespace at all, as kept in {@code RawJson}).
 *
 * <p>Strings are escaped canonically: {@code \"}, {@code \\}, the short escapes {@code \b \f \n \r
 * \t}, other control characters and lone surrogates as lower-case {@code \}{@code u00xx}; every other
 * character is written as itself. Numbers are written as their text.
 */
public final class Printer {

  private Printer() {}

  /**
   * Prints a node indented, with a trailing newline.
   *
   * @param node the node
   * @return the canonical document text
   */
  public static String pretty(Node node) {
    StringBuilder out = new StringBuilder(4096);
    write(node, out, 0, true);
    out.append('\n');
    return out.toString();
  }

  /**
   * Prints a node compactly, with no whitespace.
   *
   * @param node the node
   * @return the compact text
   */
  public static String compact(Node node) {
    StringBuilder out = new StringBuilder();
    write(node, out, 0, false);
    return out.toString();
  }

  private static void write(Node node, StringBuilder out, int depth, boolean pretty) {
    switch (node.type()) {
      case OBJECT:
        List<Member> members = List.copyOf(((ObjectNode) node).members().values());
        if (members.isEmpty()) {
          out.append("{}");
          return;
        }
        out.append('{');
        for (Iterator<Member> it = members.iterator(); it.hasNext(); ) {
          Member m = it.next();
          newline(out, depth + 1, pretty);
          quote(m.name(), out);
          out.append(pretty ? ": " : ":");
          write(m.value(), out, depth + 1, pretty);
          if (it.hasNext()) {
            out.append(',');
          }
        }
        newline(out, depth, pretty);
        out.append('}');
        return;
      case ARRAY:
        List<Node> elements = ((ArrayNode) node).elements();
        if (elements.isEmpty()) {
          out.append("[]");
          return;
        }
        out.append('[');
        for (int i = 0; i < elements.size(); i++) {
          newline(out, depth + 1, pretty);
          write(elements.get(i), out, depth + 1, pretty);
          if (i < elements.size() - 1) {
            out.append(',');
          }
        }
        newline(out, depth, pretty);
        out.append(']');
        return;
      case STRING:
        quote(((StringNode) node).value(), out);
        return;
      case NUMBER:
        out.append(((NumberNode) node).text());
        return;
      case BOOLEAN:
        out.append(((BooleanNode) node).value());
        return;
      case NULL:
      default:
        out.append("null");
    }
  }

  /**
   * Writes a node to a Jackson generator: the generator's settings decide the layout.
   *
   * @param node the node
   * @param g the generator
   * @throws java.io.IOException when the generator fails
   */
  public static void write(Node node, com.fasterxml.jackson.core.JsonGenerator g) throws java.io.IOException {
    switch (node.type()) {
      case OBJECT:
        g.writeStartObject();
        for (Member m : ((ObjectNode) node).members().values()) {
          g.writeFieldName(m.name());
          write(m.value(), g);
        }
        g.writeEndObject();
        return;
      case ARRAY:
        g.writeStartArray();
        for (Node e : ((ArrayNode) node).elements()) {
          write(e, g);
        }
        g.writeEndArray();
        return;
      case STRING:
        g.writeString(((StringNode) node).value());
        return;
      case NUMBER:
        g.writeNumber(((NumberNode) node).text());
        return;
      case BOOLEAN:
        g.writeBoolean(((BooleanNode) node).value());
        return;
      case NULL:
      default:
        g.writeNull();
    }
  }

  private static void newline(StringBuilder out, int depth, boolean pretty) {
    if (pretty) {
      out.append('\n');
      for (int i = 0; i < depth; i++) {
        out.append("  ");
      }
    }
  }

  /**
   * Quotes and escapes a string canonically.
   *
   * @param s the string
   * @return the JSON string literal
   */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    quote(s, out);
    return out.toString();
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  static void quote(String s, StringBuilder out) {
    out.append('"');
    int n = s.length();
    for (int i = 0; i < n; i++) {
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
            unicodeEscape(c, out);
          } else if (Character.isHighSurrogate(c)) {
            if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
              out.append(c).append(s.charAt(++i));
            } else {
              unicodeEscape(c, out);
            }
          } else if (Character.isLowSurrogate(c)) {
            unicodeEscape(c, out);
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  private static void unicodeEscape(char c, StringBuilder out) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xF])
        .append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF])
        .append(HEX[c & 0xF]);
  }
}
