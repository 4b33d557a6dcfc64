package org.productivityplan.io.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;

/** Collects the problems of one read. Not thread-safe: one per read. */
final class Problems {

  private final List<Finding> findings = new ArrayList<>();

  void add(Finding f) {
    findings.add(f);
  }

  List<Finding> sorted() {
    List<Finding> copy = new ArrayList<>(findings);
    copy.sort(
        Comparator.comparing((Finding f) -> f.line().orElse(0))
            .thenComparing(f -> f.column().orElse(0)));
    return copy;
  }

  /**
   * Builds a finding. The message is prefixed with where it is: {@code At /a/b (line 3, column 7): }.
   * Control characters from the document (in a property name, a token) are escaped in the message,
   * so that it stays one line and cannot drive a terminal; the pointer and arguments keep them.
   */
  static Finding finding(
      Problem problem, Severity severity, String pointer, int line, int column, String text,
      String... arguments) {
    Finding.Builder b =
        Finding.builder()
            .ruleId(problem.id())
            .severity(severity)
            .message(printable(where(pointer, line, column) + text))
            .pointer(pointer)
            .addArguments(arguments);
    if (line > 0) {
      b.line(line).column(column);
    }
    return b.build();
  }

  static String where(String pointer, int line, int column) {
    String at = pointer.isEmpty() ? "At the document's root" : "At " + pointer;
    return line > 0 ? at + " (line " + line + ", column " + column + "): " : at + ": ";
  }

  /**
   * Escapes the characters that would break a message's line or reach a terminal as a command:
   * C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
   */
  static String printable(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
      if (control && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out == null) {
        continue;
      }
      if (!control) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out == null ? s : out.toString();
  }
}
