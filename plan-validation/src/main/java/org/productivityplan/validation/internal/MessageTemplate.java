package org.productivityplan.validation.internal;

import java.util.List;
import org.productivityplan.model.Finding;

/**
 * Fills a message template: each {@code {n}} is replaced by argument {@code n}, and everything else
 * is kept as written, quotes included, so {@code "Title '{0}' is odd"} prints {@code Title 'Draft'
 * is odd}. (A doubled quote {@code ''}, as {@link java.text.MessageFormat} patterns write one
 * quote, prints one quote, so such patterns keep working.) A brace that opens no {@code {n}} is
 * kept as written; a placeholder without its argument is an error, never a silently lost value.
 * Stateless and thread-safe.
 */
public final class MessageTemplate {

  /** The most characters of one value a message or finding quotes; longer values are cut. */
  public static final int MAX_QUOTED = 200;

  private MessageTemplate() {}

  /**
   * Checks that a template can be filled with a number of arguments, as {@link #format} would,
   * without filling it: so that a rule's malformed message fails while the rule runs, even when
   * the message is formatted later or not at all.
   *
   * @param template the template
   * @param count how many arguments it will be given
   * @throws IllegalArgumentException when a placeholder names an argument that is not given
   */
  public static void check(String template, int count) {
    for (int i = template.indexOf('{'); i >= 0; i = template.indexOf('{', i + 1)) {
      int close = template.indexOf('}', i + 1);
      if (close < 0) {
        return;
      }
      int index = index(template, i + 1, close);
      if (index >= count) {
        throw missing(template, index, count);
      }
      if (index >= 0) {
        i = close;
      }
    }
  }

  private static IllegalArgumentException missing(String template, int index, int count) {
    return new IllegalArgumentException(
        "The message template '"
            + Finding.printable(template)
            + "' has placeholder {"
            + index
            + "} but only "
            + count
            + " argument(s)");
  }

  /**
   * Fills a template with arguments already quoted ({@link #quote}).
   *
   * @param template the template
   * @param arguments the arguments
   * @return the message
   * @throws IllegalArgumentException when a placeholder names an argument that is not given
   */
  public static String format(String template, List<String> arguments) {
    StringBuilder out = null;
    int length = template.length();
    // Text between placeholders and doubled quotes is copied in runs, not character by character.
    int copied = 0;
    for (int i = 0; i < length; i++) {
      char c = template.charAt(i);
      if (c == '{') {
        int close = template.indexOf('}', i + 1);
        int index = close < 0 ? -1 : index(template, i + 1, close);
        if (index < 0) {
          continue;
        }
        if (index >= arguments.size()) {
          throw missing(template, index, arguments.size());
        }
        if (out == null) {
          out = new StringBuilder(length + 64);
        }
        out.append(template, copied, i).append(arguments.get(index));
        i = close;
        copied = close + 1;
      } else if (c == '\'' && i + 1 < length && template.charAt(i + 1) == '\'') {
        if (out == null) {
          out = new StringBuilder(length + 64);
        }
        out.append(template, copied, i + 1);
        i++;
        copied = i + 1;
      }
    }
    if (out == null) {
      return template;
    }
    return out.append(template, copied, length).toString();
  }

  private static int index(String template, int from, int to) {
    if (from == to || to - from > 4) {
      return -1;
    }
    int value = 0;
    for (int k = from; k < to; k++) {
      char d = template.charAt(k);
      if (d < '0' || d > '9') {
        return -1;
      }
      value = value * 10 + (d - '0');
    }
    return value;
  }

  /**
   * Bounds a value quoted from the plan: at most {@link #MAX_QUOTED} characters, then an ellipsis
   * and the full length, so a huge value cannot make every finding that quotes it huge.
   *
   * @param text the value
   * @return the value, or its start, an ellipsis and its length
   */
  public static String quote(String text) {
    if (text.length() <= MAX_QUOTED) {
      return text;
    }
    int end = MAX_QUOTED;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "\u2026 (" + text.length() + " characters)";
  }
}
