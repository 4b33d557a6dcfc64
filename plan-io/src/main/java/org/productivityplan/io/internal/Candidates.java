package org.productivityplan.io.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A few texts that a string value is expected to be one of (the codes of an enumeration), with their
 * UTF-8 bytes, for {@link PlanParser#match}. Immutable.
 */
final class Candidates {

  final String[] texts;
  final byte[][] bytes;

  /**
   * @param texts the texts, none holding a quote, a backslash or a control character
   * @throws IllegalArgumentException when one does
   */
  Candidates(List<String> texts) {
    this.texts = texts.toArray(new String[0]);
    this.bytes = new byte[this.texts.length][];
    for (int i = 0; i < this.texts.length; i++) {
      String t = this.texts[i];
      if (t.chars().anyMatch(c -> c == '"' || c == '\\' || c < 0x20)) {
        throw new IllegalArgumentException("a candidate text holds a quote, a backslash or a control character: " + t);
      }
      bytes[i] = t.getBytes(StandardCharsets.UTF_8);
    }
  }
}
