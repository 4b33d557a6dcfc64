package org.productivityplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting JSON Lines: bounded, byte-exact, line numbers kept. */
class JsonLinesTest {

  /** Every line as text, or {@code TOO LONG}, with its number. */
  private static List<String> split(byte[] bytes, long limit) throws IOException {
    JsonLines lines = new JsonLines(new ByteArrayInputStream(bytes), limit);
    List<String> result = new ArrayList<>();
    while (lines.next()) {
      String text =
          lines.isTooLong()
              ? "TOO LONG"
              : new String(lines.line().readAllBytes(), StandardCharsets.UTF_8);
      result.add(lines.lineNumber() + (lines.isBlank() ? " blank" : "") + ":" + text);
    }
    return result;
  }

  private static List<String> split(String text, long limit) throws IOException {
    return split(text.getBytes(StandardCharsets.UTF_8), limit);
  }

  @Test
  void splitsOnNewlinesAndDropsCarriageReturns() throws IOException {
    assertThat(split("a\nb\r\n\nc", 100)).containsExactly("1:a", "2:b", "3 blank:", "4:c");
  }

  @Test
  void aFinalNewlineDoesNotMakeAnotherLine() throws IOException {
    assertThat(split("a\nb\n", 100)).containsExactly("1:a", "2:b");
    assertThat(split("", 100)).isEmpty();
  }

  @Test
  void keepsMultiByteCharactersWhole() throws IOException {
    assertThat(split("£13.1m\n€\n", 100)).containsExactly("1:£13.1m", "2:€");
  }

  @Test
  void skipsALineLongerThanTheLimitAndCarriesOn() throws IOException {
    assertThat(split("12345\n123456\n1234567\nab", 6))
        .containsExactly("1:12345", "2:123456", "3:TOO LONG", "4:ab");
  }

  @Test
  void handlesLinesLongerThanItsReadBuffer() throws IOException {
    String longLine = "x".repeat(200_000);
    List<String> lines = split(longLine + "\n" + "y\n" + longLine, 1_000_000);

    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("1:" + longLine);
    assertThat(lines.get(1)).isEqualTo("2:y");
    assertThat(lines.get(2)).isEqualTo("3:" + longLine);
  }

  @Test
  void aLongLineBeyondTheLimitIsSkippedAcrossReadBuffers() throws IOException {
    String longLine = "x".repeat(200_000);

    assertThat(split(longLine + "\nok\n", 100_000)).containsExactly("1:TOO LONG", "2:ok");
  }

  @Test
  void whitespaceOnlyLinesAreBlank() throws IOException {
    assertThat(split(" \t \nx\n", 100)).containsExactly("1 blank: \t ", "2:x");
  }
}
