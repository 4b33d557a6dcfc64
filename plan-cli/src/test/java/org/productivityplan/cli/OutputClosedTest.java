package org.productivityplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code plan validate --jsonl ... | head}: when standard output closes early, reading stops, and
 * the exit code is that of the lines processed (docs/cli.md, "JSON Lines").
 */
class OutputClosedTest {

  /** Standard output whose reader goes away after some bytes, as {@code head} does. */
  private static final class ClosingAfter extends OutputStream {
    private long left;

    ClosingAfter(long bytes) {
      this.left = bytes;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > left) {
        left = 0;
        throw new IOException("Broken pipe");
      }
      left -= len;
    }
  }

  /** Standard input that counts what is read of it. */
  private static final class Counting extends FilterInputStream {
    long read;

    Counting(byte[] bytes) {
      super(new ByteArrayInputStream(bytes));
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, Math.min(len, 4096));
      read += Math.max(n, 0);
      return n;
    }
  }

  private static byte[] lines(int good, String then, int more) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < good; i++) {
      text.append(Plans.MINIMAL).append('\n');
    }
    text.append(then).append('\n');
    for (int i = 0; i < more; i++) {
      text.append(Plans.MINIMAL).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static int run(Counting in, OutputStream out, ByteArrayOutputStream err) {
    return Main.run(
        new String[] {"validate", "--jsonl", "--format", "json", "-"}, in, out, err, Map.of(), false);
  }

  @Test
  void stopsReadingAndExitsWithTheStatusOfWhatWasProcessed() {
    byte[] input = lines(2000, "not json", 10);
    Counting in = new Counting(input);
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = run(in, new ClosingAfter(20_000), err);

    assertThat(exit).as("the unreadable line was never reached").isZero();
    assertThat(in.read).as("stopped reading early").isLessThan(input.length / 4);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void anUnreadableLineBeforeTheOutputClosedCounts() {
    byte[] input = lines(1, "not json", 2000);
    Counting in = new Counting(input);
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = run(in, new ClosingAfter(20_000), err);

    assertThat(exit).isEqualTo(2);
    assertThat(in.read).isLessThan(input.length / 4);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("plan: <stdin>:2: ");
  }
}
