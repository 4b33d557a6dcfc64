package org.productivityplan.validation;

import java.util.List;

/**
 * The service-provider interface for third-party rules: implement it, list the implementation in
 * {@code META-INF/services/org.productivityplan.validation.RuleProvider} (or {@code provides} in
 * {@code module-info.java}), and the validator's builder finds it through {@link
 * java.util.ServiceLoader}.
 */
public interface RuleProvider {

  /**
   * Returns the id of the profile these rules join: {@code dluhc-2024} to extend the built-in
   * profile, or a new id for a profile of their own.
   *
   * @return the profile id
   */
  String profile();

  /**
   * Returns the rules. Their ids must not clash with the profile's other rules.
   *
   * @return the rules
   */
  List<Rule> rules();
}
