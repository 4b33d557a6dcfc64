package org.productivityplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Coverage-guided fuzz target of the JSON Lines splitter: for any bytes, any line limit and any
 * way the stream hands them over, {@link JsonLines} gives exactly the lines of a plain split on
 * {@code \n}. Corpus: {@code JsonLinesFuzzTestInputs/}.
 */
class JsonLinesFuzzTest {

  /** What one line should be: its bytes, or null when longer than the limit; blank or not. */
  private record Line(byte[] bytes, boolean tooLong, boolean blank) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Line
          && Arrays.equals(bytes, ((Line) o).bytes)
          && tooLong == ((Line) o).tooLong
          && blank == ((Line) o).blank;
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return (tooLong ? "too long" : Arrays.toString(bytes)) + (blank ? " blank" : "");
    }
  }

  @FuzzTest(maxExecutions = 1_000_000, maxDuration = "20m")
  void splitter(FuzzedDataProvider provider) throws IOException {
    int limit = provider.consumeInt(1, 64);
    int chunk = provider.consumeInt(1, 17);
    byte[] data = provider.consumeRemainingAsBytes();

    List<Line> actual = new ArrayList<>();
    JsonLines lines = new JsonLines(trickling(data, chunk), limit);
    while (lines.next()) {
      assertThat(lines.lineNumber()).isEqualTo(actual.size() + 1L);
      byte[] bytes = lines.isTooLong() ? new byte[0] : lines.line().readAllBytes();
      actual.add(new Line(bytes, lines.isTooLong(), lines.isBlank()));
    }
    assertThat(lines.next()).as("the end stays the end").isFalse();

    assertThat(actual).isEqualTo(expected(data, limit));
  }

  /** The plain split: on \n; a last line without \n counts; a \r before \n is dropped. */
  private static List<Line> expected(byte[] data, int limit) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= data.length; i++) {
      boolean end = i == data.length;
      if (!end && data[i] != '\n') {
        continue;
      }
      if (end && start == data.length) {
        break;
      }
      byte[] raw = Arrays.copyOfRange(data, start, i);
      boolean tooLong = raw.length > limit;
      byte[] bytes = tooLong ? new byte[0] : raw;
      if (!tooLong && bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
        bytes = Arrays.copyOf(bytes, bytes.length - 1);
      }
      boolean blank = !tooLong;
      for (byte b : bytes) {
        blank &= b == ' ' || b == '\t' || b == '\r';
      }
      lines.add(new Line(bytes, tooLong, blank));
      start = i + 1;
    }
    return lines;
  }

  /** A stream that hands over at most {@code chunk} bytes per read, as a pipe may. */
  private static InputStream trickling(byte[] data, int chunk) {
    return new ByteArrayInputStream(data) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }
}
