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
    try {
      return PARSER.parse(raw.json());
    } catch (TreeParser.Refusal e) {
      throw new IllegalArgumentException(
          "The unknown property '" + property + "' does not hold one well-formed JSON value: "
              + e.finding().message(), e);
    }
  }
}
