package org.productivityplan.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The positions' store: entries in chunks, and truncated for a read that keeps none. */
class SourceMapTest {

  /** Adds entries {@code from} to {@code to}, each with its own number as its line. */
  private static void add(SourceMap map, int from, int to) {
    for (int e = from; e < to; e++) {
      assertThat(map.add(e == 0 ? -1 : e - 1, e % 2 == 0 ? null : "m" + e, e, e + 1, 1, e)).isEqualTo(e);
    }
  }

  private static void check(SourceMap map, int to) {
    for (int e = 0; e < to; e++) {
      assertThat(map.line(e)).as("line of entry %s", e).isEqualTo(e + 1);
      assertThat(map.name(e)).isEqualTo(e % 2 == 0 ? null : "m" + e);
    }
  }

  @Test
  void entriesSurviveTheFirstChunkGrowingAndLaterChunks() {
    SourceMap map = new SourceMap(null, 0);
    add(map, 0, 5000);
    check(map, 5000);
  }

  /** Truncated back into an earlier chunk, the map fills the chunks it has again, in order. */
  @Test
  void aTruncatedMapIsFilledAgainAcrossChunks() {
    SourceMap map = new SourceMap(null, 0);
    add(map, 0, 3000);
    map.truncate(500);
    add(map, 500, 4200);
    check(map, 4200);
    map.truncate(2048);
    add(map, 2048, 2100);
    check(map, 2100);
    map.truncate(10);
    map.truncate(5000);
    add(map, 10, 20);
    check(map, 20);
  }
}
