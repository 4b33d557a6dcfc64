package org.productivityplan.testing;

import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small seeded property-check runner for the SDK's own tests, shared with the other modules
 * through plan-model's test jar.
 *
 * <p>Each check draws {@link #tries()} values from a generator, each from a {@link Random} with its
 * own seed derived from a fixed base, so every run of the suite checks the same cases and a failure
 * names the seed that reproduces it. A longer campaign is one flag away: {@code -Dpp.tries=100000},
 * and another base seed explores other cases: {@code -Dpp.seed=42}.
 *
 * <p>The project deliberately does not use jqwik: from version 1.10 jqwik's maintainers ask that it
 * not be used by AI coding agents, which take part in this project's development (see the README).
 */
public final class PropertyChecks {

  private static final long STEP = 0x9E3779B97F4A7C15L;

  private PropertyChecks() {}

  /**
   * Returns how many cases each check runs: {@code -Dpp.tries}, 200 unless set.
   *
   * @return the number of tries
   */
  public static int tries() {
    return Integer.getInteger("pp.tries", 200);
  }

  /**
   * Returns the base seed: {@code -Dpp.seed}, a fixed value unless set.
   *
   * @return the base seed
   */
  public static long baseSeed() {
    return Long.getLong("pp.seed", 20_240_719L);
  }

  /**
   * Checks a property over {@link #tries()} generated values.
   *
   * @param <T> the type of the values
   * @param generator draws one value from a seeded random source
   * @param property asserts what must hold of every value
   * @return the number of cases checked
   */
  public static <T> int forAll(Function<Random, T> generator, Consumer<T> property) {
    return forAll(tries(), generator, property);
  }

  /**
   * Checks a property over a given number of generated values.
   *
   * @param <T> the type of the values
   * @param tries how many values to check
   * @param generator draws one value from a seeded random source
   * @param property asserts what must hold of every value
   * @return the number of cases checked
   * @throws AssertionError naming the try, the seed that reproduces it and the value, when the
   *     property fails or throws
   */
  public static <T> int forAll(int tries, Function<Random, T> generator, Consumer<T> property) {
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(property, "property");
    long base = baseSeed();
    for (int i = 0; i < tries; i++) {
      long seed = base + i * STEP;
      T value = generator.apply(new Random(seed));
      try {
        property.accept(value);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "Property failed on try " + (i + 1) + " of " + tries + "; rerun just this case with -Dpp.seed="
                + seed + " -Dpp.tries=1; value: " + value,
            e);
      }
    }
    return tries;
  }
}
