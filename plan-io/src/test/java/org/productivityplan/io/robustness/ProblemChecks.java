package org.productivityplan.io.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
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
      assertWellFormed(f);
    }
    if (result.value().isEmpty()) {
      assertThat(result.problems()).as("a result without a value has an error saying why")
          .anyMatch(f -> f.severity() == Severity.ERROR);
    }
  }

  /** Checks one problem: a stable id, a message, a pointer, and a sane line and column. */
  static void assertWellFormed(Finding f) {
    assertThat(f.ruleId()).as("id of %s", f).matches(ID);
    assertThat(f.message()).as("message of %s", f).isNotBlank();
    assertThat(f.message()).as("message of %s is one line, free of control characters", f)
        .doesNotContainPattern(CONTROL);
    assertThat(f.pointer()).as("pointer of %s", f).matches(POINTER);
    f.line().ifPresent(line -> assertThat(line).as("line of %s", f).isGreaterThanOrEqualTo(1));
    f.column().ifPresent(column -> assertThat(column).as("column of %s", f).isGreaterThanOrEqualTo(1));
    assertThat(f.line().isPresent()).as("line and column come together in %s", f)
        .isEqualTo(f.column().isPresent());
  }

  /** Checks that a result is one refusal by the named limit. */
  static void assertRefusedBy(ReadResult<?> result, String limit) {
    assertRefusedBy(result, Set.of(limit));
  }

  /** Checks that a result is one refusal by one of the named limits. */
  static void assertRefusedBy(ReadResult<?> result, Set<String> limits) {
    assertWellFormed(result);
    assertThat(result.value()).as("no value from a document beyond %s", limits).isEmpty();
    assertThat(result.problems()).hasSize(1);
    Finding f = result.problems().get(0);
    assertThat(f.ruleId()).isEqualTo("IO006");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.arguments()).as("arguments of %s", f).isNotEmpty();
    String limit = f.arguments().get(0);
    assertThat(limit).as("the limit named by %s", f).isIn(limits);
    assertThat(f.message()).contains("ReadLimits." + limit);
  }
}
