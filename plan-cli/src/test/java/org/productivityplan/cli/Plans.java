package org.productivityplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Plans for the tests, as JSON text. */
final class Plans {

  /** A small plan: a council and a title, nothing else. */
  static final String MINIMAL =
      "{\"schemaVersion\":\"1.0\",\"council\":{\"name\":\"Somerset Council\","
          + "\"gssCode\":\"E06000066\"},\"title\":\"Productivity Plan\"}";

  /** A small plan with a property the format does not have. */
  static final String WITH_UNKNOWN_PROPERTY =
      "{\"schemaVersion\":\"1.0\",\"council\":{\"name\":\"Somerset Council\","
          + "\"gssCode\":\"E06000066\"},\"title\":\"Productivity Plan\",\"colour\":\"blue\"}";

  /** A small plan whose GSS code breaks its pattern (rule PP001). */
  static final String BAD_GSS_CODE =
      "{\"schemaVersion\":\"1.0\",\"council\":{\"name\":\"Somerset Council\","
          + "\"gssCode\":\"X1\"},\"title\":\"Productivity Plan\"}";

  /** Not JSON: the object is not closed. */
  static final String MALFORMED = "{\"schemaVersion\": \"1.0\",\n  \"title\": ";

  /** A plan of a format version this SDK does not read. */
  static final String VERSION_2 =
      "{\"schemaVersion\":\"2.0\",\"council\":{\"name\":\"Somerset Council\","
          + "\"gssCode\":\"E06000066\"},\"title\":\"Productivity Plan\"}";

  private Plans() {}

  /** A bundled fixture's text. */
  static String fixture(String name) {
    try (InputStream in =
        Plans.class.getResourceAsStream("/org/productivityplan/examples/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("No fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
