package org.productivityplan.validation.internal.rules;

import java.util.List;
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

  /**
   * Returns where to report a missing or blank text property of a context that may be absent: the
   * property itself when it is present but blank, the context when the property is absent, the
   * whole plan when there is no context.
   */
  static String contextTextOrNearest(
      ProductivityPlan plan, String property, Optional<String> value) {
    return plan.context().isEmpty()
        ? JsonPointer.ROOT
        : textOrParent(JsonPointer.of("context"), property, value);
  }

  /**
   * Returns where to report a text property that is missing or blank: the property itself when it
   * is present but blank, else its parent object.
   */
  static String textOrParent(String parent, String property, Optional<String> value) {
    return value.isPresent() ? JsonPointer.append(parent, property) : parent;
  }
}
