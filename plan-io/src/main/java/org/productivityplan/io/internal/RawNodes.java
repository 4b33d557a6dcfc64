package org.productivityplan.io.internal;

import org.productivityplan.io.ReadLimits;
import org.productivityplan.model.RawJson;

/** Turns the {@link RawJson} of unknown properties back into nodes for writing. */
final class RawNodes {

  private static final TreeParser PARSER =
      new TreeParser(
          ReadLimits.builder()
              .maxDocumentSize(Integer.MAX_VALUE)
              .maxNestingDepth(ReadLimits.MAX_NESTING_DEPTH_CEILING)
              .maxStringLength(Integer.MAX_VALUE)
              .maxNumberLength(Integer.MAX_VALUE)
              .maxArrayLength(Integer.MAX_VALUE)
              .build());

  private RawNodes() {}

  /**
   * Parses the raw JSON of an unknown property.
   *
   * @param raw the raw JSON
   * @param property the property's name, for the message
   * @return its node
   * @throws IllegalArgumentException naming the property when the text is not one JSON value
   */
  static Node parse(RawJson raw, String property) {
    return parse(raw.json(), property);
  }

  /**
   * Returns one JSON value as a reader keeps it for an unknown property: compact canonical text.
   *
   * @param json the text of one JSON value
   * @return its canonical raw JSON
   * @throws IllegalArgumentException when the text is not one well-formed JSON value
   */
  static RawJson canonical(String json) {
    return RawJson.of(Printer.compact(parse(json, "value")));
  }

  private static Node parse(String json, String property) {
    try {
      return PARSER.parse(json);
    } catch (TreeParser.Refusal e) {
      throw new IllegalArgumentException(
          "The unknown property '" + property + "' does not hold one well-formed JSON value: "
              + e.finding().message(), e);
    }
  }
}
