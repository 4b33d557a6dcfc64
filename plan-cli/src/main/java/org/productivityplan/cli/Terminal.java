package org.productivityplan.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the command talks to: standard input, output and error, the environment, and whether
 * standard output is a terminal. Tests build their own; {@link Main#main} uses the process's.
 *
 * @param in standard input
 * @param out standard output, UTF-8
 * @param err standard error, UTF-8
 * @param env the environment variables
 * @param terminal whether standard output is a terminal (for colour)
 */
record Terminal(
    InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {

  /**
   * Tells whether text output should be coloured.
   *
   * @param choice the {@code --color} option
   * @return true for {@code always}; for {@code auto}, true on a terminal unless {@code NO_COLOR}
   *     is set to a non-empty value (https://no-color.org)
   */
  boolean colour(ColourChoice choice) {
    switch (choice) {
      case ALWAYS:
        return true;
      case NEVER:
        return false;
      default:
        String noColour = env.get("NO_COLOR");
        return terminal && (noColour == null || noColour.isEmpty());
    }
  }

  /**
   * Tells whether this process's standard output is a terminal. On Java 22 and later {@link
   * System#console()} is not null when output is redirected, so {@code Console.isTerminal()} is
   * asked where it exists.
   *
   * @return true on an interactive terminal
   */
  static boolean processIsOnTerminal() {
    java.io.@Nullable Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = java.io.Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
