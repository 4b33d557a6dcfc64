package org.productivityplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cross-check runs every contender and reports a time for each, the tree parse as 1.00x. */
class InterleavedTest {

  @Test
  void everyContenderIsMeasuredAndComparedWithTheTreeParse() throws Exception {
    double[] cpu = Interleaved.measure(1, 0, 0);

    assertThat(cpu).hasSize(7);
    for (double ns : cpu) {
      assertThat(ns).isPositive();
    }
    String line = Interleaved.report(1, cpu);
    assertThat(line).startsWith("scale 1:").contains("tree parse").contains("(1.00x)")
        .contains("Jackson tokens").contains("SDK read keeping no positions").contains("Jackson module")
        .contains("SDK read + validate");
  }

  @Test
  void theTokensAreEveryNameStringAndNumberOfTheDocument() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    byte[] json = "{\"ab\": [\"cde\", 1, 2.5, true, null]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(Interleaved.tokens(mapper, json))
        .isEqualTo(2 + 3 + Integer.valueOf(1).hashCode() + Double.valueOf(2.5).hashCode());
  }
}
