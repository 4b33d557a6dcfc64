package org.productivityplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cross-check runs every contender and reports a time for each, the tree parse as 1.00x. */
class InterleavedTest {

  @Test
  void everyContenderIsMeasuredAndComparedWithTheTreeParse() throws Exception {
    double[] cpu = Interleaved.measure(1, 0, 0);

    assertThat(cpu).hasSize(4);
    for (double ns : cpu) {
      assertThat(ns).isPositive();
    }
    String line = Interleaved.report(1, cpu);
    assertThat(line).startsWith("scale 1:").contains("tree parse").contains("(1.00x)")
        .contains("SDK read + validate");
  }
}
