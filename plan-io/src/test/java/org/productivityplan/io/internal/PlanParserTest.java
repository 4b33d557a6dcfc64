package org.productivityplan.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.productivityplan.io.ReadLimits;
import org.productivityplan.testing.PropertyChecks;

/**
 * {@link PlanParser} reads every token as Jackson's own parser does, though it makes strings with no
 * escape straight from their bytes: the same texts, names and places, the same failures, from bytes
 * in memory and from a stream that hands them over a few at a time (strings cut by the buffer's end).
 */
class PlanParserTest {

  private static final String[] PIECES = {
    "a", "plain text ", "0123456789", " ", "\\\"", "\\\\", "\\n", "\\u00e9", "\\ud83d\\ude00", "£", "é",
    "—", "中", "😀", "/", "~", "<b>", "'", "x".repeat(40)
  };

  private static final PlanParser.Factory PLAN = new PlanParser.Factory(TreeParser.builder(ReadLimits.defaults()));
  private static final JsonFactory JACKSON = TreeParser.factory(ReadLimits.defaults());

  /** A document of objects and arrays whose strings mix plain text, escapes and other characters. */
  private static String document(Random r) {
    StringBuilder b = new StringBuilder("[");
    int n = 1 + r.nextInt(300);
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append(r.nextBoolean() ? "\n  " : "");
      b.append("{\"").append(text(r)).append("\": \"").append(text(r)).append("\", \"n\": ")
          .append(r.nextInt(1000)).append(", \"l\": [\"").append(text(r)).append("\", true]}");
    }
    return b.append("]").toString();
  }

  private static String text(Random r) {
    StringBuilder s = new StringBuilder();
    int n = r.nextInt(6);
    for (int i = 0; i < n; i++) {
      s.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return s.toString();
  }

  /** Every token with its text and place, as a parser reads them. */
  private static List<String> tokens(JsonParser p) throws IOException {
    List<String> out = new ArrayList<>();
    try (p) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        String text = t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME ? p.getText() : t.asString();
        out.add(t + " " + text + " @" + p.currentTokenLocation().getLineNr() + ":"
            + p.currentTokenLocation().getColumnNr() + " " + p.getTextLength());
      }
    }
    return out;
  }

  /** A stream that hands over at most {@code chunk} bytes a read. */
  private static InputStream chunked(byte[] bytes, int chunk) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  @Test
  void everyTokenAsJacksonReadsIt() {
    int cases = PropertyChecks.forAll(PlanParserTest::document, doc -> {
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      try {
        List<String> expected = tokens(JACKSON.createParser(bytes));
        assertThat(tokens(PLAN.createParser(bytes))).as("bytes").isEqualTo(expected);
        assertThat(tokens(PLAN.createParser(chunked(bytes, 37)))).as("a stream").isEqualTo(expected);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
    assertThat(cases).isPositive();
  }

  @Test
  void aPlainStringIsReadOnceAndTheTokenAfterItStandsWhereItShould() throws IOException {
    String doc = "{\"a\": \"plain and long enough to pass eight at a time\", \"b\": 1}";
    try (JsonParser p = PLAN.createParser(doc.getBytes(StandardCharsets.UTF_8))) {
      p.nextToken();
      p.nextToken();
      assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_STRING);
      assertThat(p.getText()).isEqualTo("plain and long enough to pass eight at a time");
      assertThat(p.getText()).isEqualTo("plain and long enough to pass eight at a time");
      assertThat(new String(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()))
          .isEqualTo("plain and long enough to pass eight at a time");
      assertThat(p.nextToken()).isEqualTo(JsonToken.FIELD_NAME);
      assertThat(p.currentName()).isEqualTo("b");
      assertThat(p.currentTokenLocation().getColumnNr()).isEqualTo(doc.indexOf("\"b\"") + 1);
    }
  }

  @Test
  void aStringBeyondAsciiIsDecodedFromItsBytesWhereverItsCharactersFall() throws IOException {
    // Characters of two, three and four bytes before, across and after each eight-byte step.
    for (int pad = 0; pad < 9; pad++) {
      String text = "x".repeat(pad) + "£ and – cost 😀 to read, " + "é".repeat(pad) + "中";
      byte[] doc = ("[\"" + text + "\", 1]").getBytes(StandardCharsets.UTF_8);
      try (JsonParser p = PLAN.createParser(doc)) {
        p.nextToken();
        assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_STRING);
        assertThat(p.getText()).isEqualTo(text);
        assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
        assertThat(p.getIntValue()).isEqualTo(1);
      }
    }
  }

  @Test
  void aKnownTextIsMatchedFromTheBytesOnlyWhenTheValueIsExactlyIt() throws IOException {
    Candidates codes = new Candidates(List.of("on", "onTrack", "late", "café"));
    String[] values = {"on", "onTrack", "onTrac", "onTrackX", "late", "café", "cafe", "", "o\\u006e", "late\\n"};
    StringBuilder doc = new StringBuilder("[");
    for (String v : values) {
      doc.append('"').append(v).append("\", ");
    }
    doc.append("0]");
    byte[] bytes = doc.toString().getBytes(StandardCharsets.UTF_8);
    List<String> matched = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    try (JsonParser j = JACKSON.createParser(bytes); PlanParser p = (PlanParser) PLAN.createParser(bytes)) {
      j.nextToken();
      p.nextToken();
      for (int i = 0; i < values.length; i++) {
        j.nextToken();
        p.nextToken();
        int k = p.match(codes);
        matched.add(k < 0 ? "-" : codes.texts[k]);
        texts.add(p.getText());
        assertThat(p.getText()).isEqualTo(j.getText());
      }
      assertThat(p.nextToken()).isEqualTo(j.nextToken());
      assertThat(p.currentTokenLocation().getColumnNr()).isEqualTo(j.currentTokenLocation().getColumnNr());
    }
    assertThat(matched).containsExactly("on", "onTrack", "-", "-", "late", "café", "-", "-", "-", "-");
    assertThat(texts).containsExactly("on", "onTrack", "onTrac", "onTrackX", "late", "café", "cafe", "", "on", "late\n");
  }

  @Test
  void aTextWithAQuoteCannotBeACandidate() {
    assertThatThrownBy(() -> new Candidates(List.of("a\"b"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStringWithinTheLengthLimitInCharactersIsReadThoughItsBytesAreOver() throws IOException {
    PlanParser.Factory small = new PlanParser.Factory(
        TreeParser.builder(ReadLimits.builder().maxStringLength(10).build()));
    byte[] doc = "[\"££££££££££\"]".getBytes(StandardCharsets.UTF_8);

    try (JsonParser p = small.createParser(doc)) {
      p.nextToken();
      p.nextToken();
      assertThat(p.getText()).isEqualTo("££££££££££");
    }
  }

  @Test
  void aStringOverTheLengthLimitIsRefusedAsJacksonRefusesIt() {
    PlanParser.Factory small = new PlanParser.Factory(
        TreeParser.builder(ReadLimits.builder().maxStringLength(10).build()));
    byte[] doc = "[\"eleven char\"]".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> tokens(small.createParser(doc))).isInstanceOf(StreamConstraintsException.class);
  }
}
