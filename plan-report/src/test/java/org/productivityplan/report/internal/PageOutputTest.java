package org.productivityplan.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.productivityplan.testing.PropertyChecks;

class PageOutputTest {

  /** A writer to memory that counts the calls it gets. */
  private static final class CountingWriter extends StringWriter {
    int calls;

    @Override
    public void write(char[] buffer, int offset, int length) {
      calls++;
      super.write(buffer, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
      calls++;
      super.write(text, offset, length);
    }
  }

  private static List<String> pieces(Random random) {
    List<String> pieces = new ArrayList<>();
    int count = random.nextInt(400);
    for (int i = 0; i < count; i++) {
      int length = random.nextInt(10) == 0 ? random.nextInt(3 * PageOutput.SIZE) : random.nextInt(80);
      StringBuilder piece = new StringBuilder();
      for (int j = 0; j < length; j++) {
        piece.append(random.nextInt(30) == 0 ? '→' : (char) ('a' + random.nextInt(26)));
      }
      pieces.add(piece.toString());
    }
    return pieces;
  }

  @Test
  void theWriterGetsEveryPieceInOrderInFewCalls() throws IOException {
    int cases =
        PropertyChecks.forAll(
            PageOutputTest::pieces,
            pieces -> {
              CountingWriter writer = new CountingWriter();
              PageOutput out = new PageOutput(writer);
              StringBuilder expected = new StringBuilder();
              int large = 0;
              for (int i = 0; i < pieces.size(); i++) {
                String piece = pieces.get(i);
                if (i % 2 == 0) {
                  out.writeContent(piece);
                  expected.append(piece);
                } else {
                  out.writeContent("<" + piece + ">", 1, piece.length() + 1);
                  expected.append(piece);
                }
                large += piece.length() > PageOutput.SIZE ? 1 : 0;
              }
              try {
                out.flush();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertThat(writer.toString()).isEqualTo(expected.toString());
              // Each piece larger than the buffer is one call and ends one buffer early; otherwise a
              // call hands over at least a buffer less a piece of up to 80 characters.
              assertThat(writer.calls)
                  .isLessThanOrEqualTo(expected.length() / (PageOutput.SIZE - 80) + 2 * large + 1);
            });
    assertThat(cases).isPositive();
  }

  @Test
  void aFailingWriterFailsTheWrite() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    PageOutput out = new PageOutput(broken);
    out.writeContent("held");

    assertThatThrownBy(out::flush).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThatThrownBy(() -> out.writeContent("x".repeat(PageOutput.SIZE)))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
  }
}
