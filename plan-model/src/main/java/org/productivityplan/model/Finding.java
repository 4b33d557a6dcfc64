package org.productivityplan.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One finding about a plan: a problem found while reading it, or a shortfall found by a rule.
 *
 * <p>Findings from reading ({@code IO...} ids) and from validation ({@code PP...} ids) have this one
 * shape, so one report carries both. {@link #messageKey()} and {@link #arguments()} let a caller
 * translate the message without touching JVM-wide state; {@link #message()} is the English text.
 * {@link #pointer()} is the JSON Pointer of the element concerned ({@code ""} for the whole plan);
 * {@link #line()} and {@link #column()} are known when the finding came from a document.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; copy one with {@code
 * Finding.builder().from(value)}.
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /**
   * Returns the id of the rule or problem, such as {@code PP130} or {@code IO001}.
   *
   * @return the value
   */
  public abstract String ruleId();
  /**
   * Returns how much it matters.
   *
   * @return the value
   */
  public abstract Severity severity();
  /**
   * Returns the message in English, naming the offending value.
   *
   * @return the value
   */
  public abstract String message();
  /**
   * Returns the key of the message for translation; the rule id unless set.
   *
   * @return the value
   */
  @Value.Default
  public String messageKey() {
    return ruleId();
  }
  /**
   * Returns the arguments of the message, in order.
   *
   * @return the list, empty when none
   */
  public abstract List<String> arguments();
  /**
   * Returns the JSON Pointer of the element concerned; {@code ""} for the whole plan.
   *
   * @return the value
   */
  @Value.Default
  public String pointer() {
    return "";
  }
  /**
   * Returns the line in the source document, from 1, when known.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<Integer> line();
  /**
   * Returns the column in the source document, from 1, when known.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<Integer> column();
  /**
   * Returns the guidance theme the finding belongs to, if any.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<Theme> theme();
  /**
   * Returns the id of the rule whose finding this one is a consequence of, such as {@code PP102}
   * for the missing technology initiative of a plan that does not address theme 2 at all; empty
   * for a finding that stands on its own (a root cause).
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> causedBy();
  /**
   * Returns the guidance reference: document and section.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> guidance();
  /**
   * Returns the {@code id} of the nearest element with an id that contains what the finding points at, such as the spend line {@code spend-consultancy} or the project {@code vcfse-partnership}; unlike the pointer, it survives reordering a list.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> elementId();
  /**
   * Returns the JSON Pointer of the element {@link #elementId()} names, a prefix of {@link #pointer()}; present exactly when the element id is.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> elementPointer();

  /**
   * Returns the finding's identity, stable across reordering the plan's lists: the rule id, the
   * {@linkplain #elementId() element id} (empty when none) and the pointer relative to that element
   * (the whole pointer when there is none), joined by {@code |}, such as {@code
   * PP130|spend-consultancy|/amount}. Two findings of one rule about the same part of the same
   * element share it. An element id longer than {@value #MAX_ID_IN_FINGERPRINT} characters is
   * shortened to its start, an ellipsis and a digest of the whole, so a fingerprint stays short.
   *
   * @return the fingerprint
   */
  public final String fingerprint() {
    String id = elementId().orElse("");
    String relative = pointer();
    String base = elementPointer().orElse("");
    if (elementId().isPresent() && relative.startsWith(base)) {
      relative = relative.substring(base.length());
    }
    return ruleId() + "|" + shortId(id) + "|" + relative;
  }

  /** The most characters of an element id a fingerprint holds as they are. */
  public static final int MAX_ID_IN_FINGERPRINT = 200;

  private static String shortId(String id) {
    if (id.length() <= MAX_ID_IN_FINGERPRINT) {
      return id;
    }
    long hash = 1125899906842597L;
    for (int i = 0; i < id.length(); i++) {
      hash = 31 * hash + id.charAt(i);
    }
    return id.substring(0, 64) + "\u2026" + Long.toHexString(hash);
  }

  @Value.Check
  final void checkElement() {
    if (elementId().isPresent() != elementPointer().isPresent()) {
      throw new IllegalStateException(
          "A finding's elementId and elementPointer are given together or not at all");
    }
  }

  /**
   * Returns a copy of this finding at another place in a document.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the copy
   */
  public final Finding withLocation(int line, int column) {
    return builder().from(this).line(line).column(column).build();
  }

  /**
   * Returns a copy of this finding with another severity.
   *
   * @param newSeverity the severity
   * @return the copy
   */
  public Finding withSeverity(Severity newSeverity) {
    return builder().from(this).severity(newSeverity).build();
  }

  /**
   * Escapes what would break a line of output or reach a terminal as a command: C0 and C1 control
   * characters, DEL, the Unicode line and paragraph separators, and the bidirectional controls that
   * reorder what a reader sees (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) become
   * {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}. Plan text quoted in a message, and pointers into a
   * document whose property names hold such characters, go through this before they are shown.
   *
   * @param text any text
   * @return the text with those characters escaped; the same string when there are none
   */
  public static String printable(String text) {
    // Most text is printable ASCII: one cheap pass finds that out.
    int start = 0;
    while (start < text.length()) {
      char c = text.charAt(start);
      if (c < 0x20 || c >= 0x7F) {
        break;
      }
      start++;
    }
    if (start == text.length()) {
      return text;
    }
    StringBuilder out = null;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control =
          c < 0x20
              || (c >= 0x7F && c <= 0x9F)
              || c == 0x2028
              || c == 0x2029
              || c == 0x061C
              || c == 0x200E
              || c == 0x200F
              || (c >= 0x202A && c <= 0x202E)
              || (c >= 0x2066 && c <= 0x2069);
      if (control && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
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
    return out == null ? text : out.toString();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Finding}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link Finding},
   * where each is documented, such as {@code ruleId(String)}; an optional property's method also
   * takes an {@code Optional}. A list property has adders too, such as {@code addArgument(...)},
   * for one element or several, and {@code addAllArguments(Iterable)}; {@code arguments(Iterable)}
   * replaces the whole list.
   *
   * <p>{@code from(value)} sets every property from an existing {@code Finding}, and {@code
   * build()} returns the {@code Finding}, or throws {@link IllegalStateException} naming each
   * required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
