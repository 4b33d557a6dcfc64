package org.productivityplan.io.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.io.robustness.ProblemChecks.assertRefusedBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadLimits;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.ProductivityPlan;

/**
 * A {@link Reader} is parsed as it is read: a byte-order mark is dropped, the reader is not closed,
 * a failure part-way is a problem, and reading stops just past the document limit.
 */
class ReaderInputTest {

  private static final String PLAN = "{\"schemaVersion\": \"1.0\", \"council\": {\"name\": \"C\"}, \"title\": \"T\"}";

  /** A reader over a text that counts what was read from it and whether it was closed. */
  private static final class Watched extends Reader {
    final Reader in;
    final AtomicLong read = new AtomicLong();
    final AtomicBoolean closed = new AtomicBoolean();
    final int chunk;

    Watched(Reader in, int chunk) {
      this.in = in;
      this.chunk = chunk;
    }

    @Override
    public int read(char[] c, int off, int len) throws IOException {
      int n = in.read(c, off, Math.min(len, chunk));
      if (n > 0) {
        read.addAndGet(n);
      }
      return n;
    }

    @Override
    public void close() {
      closed.set(true);
    }
  }

  @Test
  void aByteOrderMarkIsDroppedWhateverTheChunks() {
    for (int chunk = 1; chunk <= 3; chunk++) {
      Watched in = new Watched(new StringReader("\uFEFF" + PLAN), chunk);

      ReadResult<ProductivityPlan> result = PlanJson.standard().read(in, "bom");

      assertThat(result.problems()).as("chunks of %d", chunk).isEmpty();
      assertThat(result.value().orElseThrow().title()).isEqualTo("T");
      assertThat(in.closed).isFalse();
    }
  }

  @Test
  void aByteOrderMarkInsideTheDocumentIsNotDropped() {
    ReadResult<ProductivityPlan> result = PlanJson.standard().read(new StringReader(" \uFEFF" + PLAN), "bom");

    assertThat(result.value()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.ruleId()).isEqualTo("IO001"));
  }

  @Test
  void aReaderThatFailsPartWayIsAProblemNamingTheCause() {
    Reader failing = new Reader() {
      private boolean first = true;

      @Override
      public int read(char[] c, int off, int len) throws IOException {
        if (first) {
          first = false;
          c[off] = '{';
          return 1;
        }
        throw new IOException("connection reset");
      }

      @Override
      public void close() {}
    };

    ReadResult<ProductivityPlan> result = PlanJson.standard().read(failing, "net");

    assertThat(result.value()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo("IO007");
      assertThat(p.message()).contains("net").contains("connection reset");
    });
  }

  @Test
  void readingStopsJustPastTheDocumentLimit() {
    PlanJson json = PlanJson.builder().limits(ReadLimits.builder().maxDocumentSize(100_000).build()).build();
    GeneratedInput huge = GeneratedInput.of("{\"schemaVersion\": \"1.0\", \"title\": \"T\"", " ", 1_000_000_000L, "}");
    Watched in = new Watched(huge.reader(), 8192);

    ReadResult<ProductivityPlan> result = json.read(in, "huge");

    assertRefusedBy(result, "maxDocumentSize");
    assertThat(in.read.get()).as("characters read of a billion").isLessThan(200_000);
    assertThat(in.closed).isFalse();
  }
}
