package org.productivityplan.validation.internal.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.internal.MessageTemplate;

/**
 * A {@link RuleContext} for tests: records each report with its effective severity (the rule's
 * default unless the rule gave one) and its formatted message, and fails fast on a report the
 * engine could not turn into a good finding: a non-string argument, a pattern whose placeholders do
 * not match its arguments, or a message left with a placeholder.
 */
final class RecordingContext implements RuleContext {

  /** One report as the engine would turn it into a finding. */
  record Reported(
      Severity severity, String pointer, String pattern, List<String> arguments, String message) {

    /** Returns the report as {@code "SEVERITY pointer: message"}, for compact assertions. */
    @Override
    public String toString() {
      return severity + " " + pointer + ": " + message;
    }
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private final Severity defaultSeverity;
  private final List<Reported> reports = new ArrayList<>();

  RecordingContext(Severity defaultSeverity) {
    this.defaultSeverity = defaultSeverity;
  }

  @Override
  public void report(String pointer, String message, Object... arguments) {
    record(null, pointer, message, arguments);
  }

  @Override
  public void report(Severity severity, String pointer, String message, Object... arguments) {
    if (severity == null) {
      throw new AssertionError("A rule reported a null severity");
    }
    record(severity, pointer, message, arguments);
  }

  private static boolean anyArgumentHasBraces(List<String> arguments) {
    return arguments.stream().anyMatch(a -> a.contains("{"));
  }

  List<Reported> reports() {
    return List.copyOf(reports);
  }

  private void record(
      @Nullable Severity severity, String pointer, String pattern, Object... arguments) {
    if (pointer == null || !(pointer.isEmpty() || pointer.startsWith("/"))) {
      throw new AssertionError("Not a JSON Pointer: '" + pointer + "'");
    }
    List<String> strings = new ArrayList<>();
    for (Object argument : arguments) {
      if (!(argument instanceof String)) {
        throw new AssertionError(
            "Arguments must be strings, so that formatting does not depend on the locale, but got "
                + argument
                + " in "
                + pattern);
      }
      strings.add((String) argument);
    }
    Matcher placeholders = PLACEHOLDER.matcher(pattern);
    int highest = -1;
    while (placeholders.find()) {
      highest = Math.max(highest, Integer.parseInt(placeholders.group(1)));
    }
    if (highest + 1 != arguments.length) {
      throw new AssertionError(
          "Pattern '"
              + pattern
              + "' does not use exactly its "
              + arguments.length
              + " arguments "
              + Arrays.toString(arguments));
    }
    String message = MessageTemplate.format(pattern, strings);
    if (PLACEHOLDER.matcher(message.replace("{" + "}", "")).find()
        && !anyArgumentHasBraces(strings)) {
      throw new AssertionError("Placeholder left in message: " + message);
    }
    reports.add(
        new Reported(
            severity == null ? defaultSeverity : severity, pointer, pattern, strings, message));
  }
}
