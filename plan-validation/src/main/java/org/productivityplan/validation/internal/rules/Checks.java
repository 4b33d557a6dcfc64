package org.productivityplan.validation.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.validation.JsonPointer;

/** Small helpers shared by the rules of this package: text presence and pointer conventions. */
final class Checks {

  private Checks() {}

  /** Tells whether a string has something other than white space. */
  static boolean hasText(String text) {
    return !text.isBlank();
  }

  /** Tells whether an optional string is present and not blank. */
  static boolean hasText(Optional<String> text) {
    return text.isPresent() && !text.get().isBlank();
  }

  /**
   * Returns where to report something missing from a list of the plan: the list when it has
   * elements (it exists in the document), else the whole plan.
   */
  static String listOrRoot(String property, List<?> list) {
    return list.isEmpty() ? JsonPointer.ROOT : JsonPointer.of(property);
  }

  /** Returns where to report something missing from the context: the context if any, else root. */
  static String contextOrRoot(ProductivityPlan plan) {
    return plan.context().isPresent() ? JsonPointer.of("context") : JsonPointer.ROOT;
  }

  /** Returns an enum constant in words: {@code IN_PROGRESS} becomes "in progress". */
  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
