package org.productivityplan.validation.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleProvider;
import org.productivityplan.validation.internal.rules.Dluhc2024Rules;

/**
 * Resolves a profile id to its rules: the built-in {@code dluhc-2024} catalogue, plus the rules of
 * every {@link RuleProvider} that {@link ServiceLoader} finds for that profile. An unknown profile
 * is an error, never an empty set of rules that passes everything.
 */
public final class Profiles {

  private Profiles() {}

  /**
   * Returns the rules of a profile.
   *
   * @param profile the profile id
   * @param loader the class loader to search for providers, or null for the context class loader
   * @param clock what day the built-in rules take it to be
   * @return the rules, built-in first, then providers' in the order found
   * @throws IllegalArgumentException naming the known profiles when the profile is unknown
   */
  public static List<Rule> rules(String profile, @Nullable ClassLoader loader, Clock clock) {
    List<Rule> rules = new ArrayList<>();
    boolean known = false;
    if (profile.equals(Dluhc2024Rules.PROFILE)) {
      rules.addAll(Dluhc2024Rules.all(clock));
      known = true;
    }
    List<RuleProvider> providers = providers(loader);
    for (RuleProvider provider : providers) {
      String providerProfile = provider.profile();
      if (profile.equals(providerProfile)) {
        List<Rule> provided = provider.rules();
        if (provided == null) {
          throw new IllegalStateException(
              "Rule provider " + provider.getClass().getName() + " returned no list of rules");
        }
        for (Rule rule : provided) {
          if (rule == null) {
            throw new IllegalStateException(
                "Rule provider " + provider.getClass().getName() + " returned a null rule");
          }
          rules.add(rule);
        }
        known = true;
      }
    }
    if (!known) {
      throw new IllegalArgumentException(
          "Unknown validation profile '"
              + profile
              + "'; known profiles: "
              + String.join(", ", available(providers)));
    }
    return rules;
  }

  /**
   * Returns the ids of the known profiles.
   *
   * @param loader the class loader to search for providers, or null for the context class loader
   * @return the ids, sorted
   */
  public static Set<String> available(@Nullable ClassLoader loader) {
    return available(providers(loader));
  }

  private static Set<String> available(List<RuleProvider> providers) {
    Set<String> ids = new TreeSet<>();
    ids.add(Dluhc2024Rules.PROFILE);
    for (RuleProvider provider : providers) {
      ids.add(provider.profile());
    }
    return ids;
  }

  private static void checkProfileId(RuleProvider provider) {
    String id = provider.profile();
    if (id == null || id.isBlank()) {
      throw new IllegalStateException(
          "Rule provider " + provider.getClass().getName() + " names no profile");
    }
  }

  private static List<RuleProvider> providers(@Nullable ClassLoader loader) {
    ServiceLoader<RuleProvider> serviceLoader =
        loader == null
            ? ServiceLoader.load(RuleProvider.class)
            : ServiceLoader.load(RuleProvider.class, loader);
    List<RuleProvider> providers = new ArrayList<>();
    try {
      for (RuleProvider provider : serviceLoader) {
        checkProfileId(provider);
        providers.add(provider);
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException(
          "A rule provider listed for java.util.ServiceLoader could not be loaded: "
              + e.getMessage(),
          e);
    }
    return providers;
  }
}
