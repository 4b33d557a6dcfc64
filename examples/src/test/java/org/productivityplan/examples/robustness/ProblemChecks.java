package org.productivityplan.examples.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;

/** What must hold of every problem a reader returns, whatever the input. */
final class ProblemChecks {

  private static final Pattern ID = Pattern.compile("IO\\d{3}");

  /** A JSON Pointer: empty, or segments each starting with '/', with '~' only as ~0 or ~1. */
  private static final Pattern POINTER = Pattern.compile("(/([^~/]|~[01])*)*");

  /** Characters that break a line or drive a terminal: C0 and C1 controls, DEL, U+2028, U+2029. */
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029]");

  private ProblemChecks() {}

  /** Checks every problem of a result, and that a result without a value says why. */
  static void assertWellFormed(ReadResult<?> result) {
    assertThat(result.source()).isNotBlank();
    for (Finding f : result.problems()) {
      assertWellFormed(f, ID, true);
    }
    if (result.value().isEmpty()) {
      assertThat(result.problems()).as("a result without a value has an error saying why")
          .anyMatch(f -> f.severity() == Severity.ERROR);
    }
  }

  /**
   * Checks one finding: an id of the given form, a message (one line free of control characters,
   * when asked), a pointer, a sane line and column.
   */
  static void assertWellFormed(Finding f, Pattern id, boolean oneLine) {
    assertThat(f.ruleId()).as("id of %s", f).matches(id);
    assertThat(f.message()).as("message of %s", f).isNotBlank();
    if (oneLine) {
      assertThat(f.message()).as("message of %s is one line, free of control characters", f)
          .doesNotContainPattern(CONTROL);
    }
    assertThat(f.pointer()).as("pointer of %s", f).matches(POINTER);
    f.line().ifPresent(line -> assertThat(line).as("line of %s", f).isGreaterThanOrEqualTo(1));
    f.column().ifPresent(column -> assertThat(column).as("column of %s", f).isGreaterThanOrEqualTo(1));
  }
}
