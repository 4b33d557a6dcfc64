package org.productivityplan.io.internal;

import org.productivityplan.model.Severity;

/** The state of one decoding pass: the options and the problems found. Not thread-safe. */
final class Decoding {

  final boolean strict;
  final int maxNumberLength;
  final Problems problems = new Problems();

  Decoding(boolean strict, int maxNumberLength) {
    this.strict = strict;
    this.maxNumberLength = maxNumberLength;
  }

  void report(Problem problem, Severity severity, String pointer, int line, int column, String text, String... args) {
    problems.add(Problems.finding(problem, severity, pointer, line, column, text, args));
  }

  void report(Problem problem, String pointer, Node at, String text, String... args) {
    report(problem, problem.severity(), pointer, at.line(), at.column(), text, args);
  }

  /** Reports a value of the wrong kind: {@code Property 'x': expected E, but found F}. */
  void mismatch(Problem problem, String pointer, Node found, String expected) {
    String property = property(pointer);
    report(
        problem, pointer, found,
        subject(pointer) + "expected " + expected + ", but found " + found.describe(),
        property, expected, found.describe());
  }

  static String property(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash < 0 ? "" : pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
  }

  static String subject(String pointer) {
    String p = property(pointer);
    if (p.isEmpty()) {
      return "";
    }
    return p.chars().allMatch(Character::isDigit) ? "element " + p + ": " : "property '" + p + "': ";
  }
}
