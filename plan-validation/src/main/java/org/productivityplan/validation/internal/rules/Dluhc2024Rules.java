package org.productivityplan.validation.internal.rules;

import java.util.List;
import org.productivityplan.validation.Rule;

/**
 * The built-in profile {@code dluhc-2024}: every rule of the guidance specification's catalogue,
 * in one list sorted by id.
 */
public final class Dluhc2024Rules {

  /** The profile's id. */
  public static final String PROFILE = "dluhc-2024";

  private static final List<Rule> ALL = List.of();

  private Dluhc2024Rules() {}

  /**
   * Returns the profile's rules, sorted by id.
   *
   * @return the rules
   */
  public static List<Rule> all() {
    return ALL;
  }
}
