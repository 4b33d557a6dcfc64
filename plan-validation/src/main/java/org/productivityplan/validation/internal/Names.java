package org.productivityplan.validation.internal;

import java.util.Locale;
import org.productivityplan.model.Coded;
import org.productivityplan.validation.RuleCategory;

/** Names of things in reports. */
final class Names {

  private Names() {}

  /** The stable code of a category: {@code TECHNOLOGY_AND_DATA} is {@code technologyAndData}. */
  static String code(RuleCategory category) {
    return Coded.toCode(category.name());
  }

  /** The title of a category for people: {@code TECHNOLOGY_AND_DATA} is "Technology and data". */
  static String title(RuleCategory category) {
    String words = category.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
