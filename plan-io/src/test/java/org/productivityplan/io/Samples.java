package org.productivityplan.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The canonical sample documents under src/test/resources, for the tests of every package. */
public final class Samples {

  static final List<String> PLANS = List.of("minimal.json", "full.json");

  static final List<String> COUNCIL_PLANS = List.of("council-plan.json");

  private Samples() {}

  /**
   * @param name the sample's file name, such as {@code full.json}
   * @return its bytes
   */
  public static byte[] bytes(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("samples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No sample " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param name the sample's file name
   * @return its text
   */
  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
