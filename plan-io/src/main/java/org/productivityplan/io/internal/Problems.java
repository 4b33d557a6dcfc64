package org.productivityplan.io.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;

/**
 * Collects the problems of one read, keeping at most a given number: beyond it, problems are only
 * counted (by severity), and one last problem says how many more there were. A million unknown
 * properties are a count, not a million findings. Not thread-safe: one per read.
 */
final class Problems {

  private final int max;
  private final List<Finding> findings = new ArrayList<>();
  private long dropped;
  private Severity worstDropped = Severity.INFO;

  Problems(int max) {
    this.max = max;
  }

  void add(Problem problem, Severity severity, String pointer, int line, int column, String text, String... args) {
    if (findings.size() >= max) {
      dropped++;
      if (severity.compareTo(worstDropped) < 0) {
        worstDropped = severity;
      }
      return;
    }
    findings.add(finding(problem, severity, pointer, line, column, text, args));
  }

  /** @return the problems kept, in document order, then the one that counts the rest, if any */
  List<Finding> sorted() {
    List<Finding> copy = new ArrayList<>(findings);
    copy.sort(
        Comparator.comparing((Finding f) -> f.line().orElse(0))
            .thenComparing(f -> f.column().orElse(0)));
    if (dropped > 0) {
      copy.add(finding(
          Problem.TOO_MANY_PROBLEMS, worstDropped, "", 0, 0,
          dropped + " more problems were found and not kept (the most severe of them: "
              + worstDropped.name().toLowerCase(java.util.Locale.ROOT) + "); only the first " + max
              + " are kept, the limit set by ReadLimits.maxProblems",
          String.valueOf(dropped), String.valueOf(max)));
    }
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
