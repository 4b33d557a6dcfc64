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

  /** Escapes what would break a message's line or reach a terminal: see {@link Finding#printable}. */
  static String printable(String s) {
    return Finding.printable(s);
  }
}
