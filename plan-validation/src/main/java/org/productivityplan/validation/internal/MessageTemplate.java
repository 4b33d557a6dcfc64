package org.productivityplan.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.productivityplan.model.Finding;

/**
 * Fills a message template: each {@code {n}} is replaced by argument {@code n}, and everything else
 * is kept as written, quotes included, so {@code "Title '{0}' is odd"} prints {@code Title 'Draft'
 * is odd}. (A doubled quote {@code ''}, as {@link java.text.MessageFormat} patterns write one
 * quote, prints one quote, so such patterns keep working.) A brace that opens no {@code {n}} is
 * kept as written; a placeholder without its argument is an error, never a silently lost value.
 * Thread-safe; templates are parsed once and kept (up to a few thousand of them).
 */
public final class MessageTemplate {

  /** The most characters of one value a message or finding quotes; longer values are cut. */
  public static final int MAX_QUOTED = 200;

  private MessageTemplate() {}

  /** The most templates kept parsed; rules use a few dozen constant ones. */
  private static final int MAX_CACHED = 4096;

  private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();

  /**
   * A template cut once into its literal runs (doubled quotes already made single) and the
   * argument each placeholder between them takes.
   *
   * @param literals the runs of text: one more than there are placeholders
   * @param placeholders the argument index of each placeholder, in order
   */
  private record Parsed(String[] literals, int[] placeholders) {}

  private static Parsed parse(String template) {
    Parsed parsed = PARSED.get(template);
    if (parsed == null) {
      parsed = cut(template);
      if (PARSED.size() < MAX_CACHED) {
        PARSED.putIfAbsent(template, parsed);
      }
    }
    return parsed;
  }

  private static Parsed cut(String template) {
    List<String> literals = new ArrayList<>();
    List<Integer> placeholders = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int length = template.length();
    for (int i = 0; i < length; i++) {
      char c = template.charAt(i);
      if (c == '{') {
        int close = template.indexOf('}', i + 1);
        int index = close < 0 ? -1 : index(template, i + 1, close);
        if (index >= 0) {
          literals.add(run.toString());
          run.setLength(0);
          placeholders.add(index);
          i = close;
          continue;
        }
      } else if (c == '\'' && i + 1 < length && template.charAt(i + 1) == '\'') {
        i++;
      }
      run.append(c);
    }
    literals.add(run.toString());
    int[] indexes = new int[placeholders.size()];
    for (int k = 0; k < indexes.length; k++) {
      indexes[k] = placeholders.get(k);
    }
    return new Parsed(literals.toArray(new String[0]), indexes);
  }

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
    for (int index : parse(template).placeholders()) {
      if (index >= count) {
        throw missing(template, index, count);
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
    return format(template, arguments.toArray(new String[0]));
  }

  /**
   * Fills a template with arguments already quoted ({@link #quote}), as {@link #format(String,
   * List)} does.
   *
   * @param template the template
   * @param arguments the arguments
   * @return the message
   * @throws IllegalArgumentException when a placeholder names an argument that is not given
   */
  public static String format(String template, String[] arguments) {
    Parsed parsed = parse(template);
    String[] literals = parsed.literals();
    int[] placeholders = parsed.placeholders();
    if (placeholders.length == 0) {
      // No placeholder: the template itself, unless it has a doubled quote to make single.
      return literals[0].length() == template.length() ? template : literals[0];
    }
    // The pieces in order, joined by String.join: the text is copied once, into a string of its
    // exact length, where a StringBuilder would copy it twice.
    String[] pieces = new String[2 * placeholders.length + 1];
    pieces[0] = literals[0];
    for (int k = 0; k < placeholders.length; k++) {
      int index = placeholders[k];
      if (index >= arguments.length) {
        throw missing(template, index, arguments.length);
      }
      pieces[2 * k + 1] = arguments[index];
      pieces[2 * k + 2] = literals[k + 1];
    }
    return String.join("", pieces);
  }

  private static int index(String template, int from, int to) {
    return to - from > 4 ? -1 : Digits.value(template, from, to);
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
