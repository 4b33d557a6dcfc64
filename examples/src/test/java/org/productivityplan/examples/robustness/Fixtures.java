package org.productivityplan.examples.robustness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The real fixtures of the examples module, as bytes. */
final class Fixtures {

  /** The productivity plans. */
  static final List<String> PLANS = List.of("devon-2024", "sefton-2024", "somerset-2024");

  /** The council-plan document. */
  static final String COUNCIL_PLAN = "somerset-business-plan-2021";

  /** Every fixture. */
  static final List<String> ALL = List.of("devon-2024", "sefton-2024", "somerset-2024", COUNCIL_PLAN);

  private Fixtures() {}

  static boolean isCouncilPlan(String name) {
    return COUNCIL_PLAN.equals(name);
  }

  private static final java.util.Map<String, byte[]> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  /** Returns a fresh copy of a fixture's bytes. */
  static byte[] bytes(String name) {
    return CACHE.computeIfAbsent(name, Fixtures::load).clone();
  }

  private static byte[] load(String name) {
    String resource = "/org/productivityplan/examples/" + name + ".json";
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
