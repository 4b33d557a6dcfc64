package org.productivityplan.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.productivityplan.model.SourcePositions;
import org.productivityplan.model.SourcePositions.Position;

/**
 * The positions of members and elements, in UTF-16 columns, whatever the text holds: characters of
 * one to four UTF-8 bytes, lines short and very long (a minified document), read from bytes, from
 * characters, from bytes in memory and from a caller's character parser. Each expected place is found in the text itself.
 */
class PositionsTest {

  private static final PlanJson JSON = PlanJson.standard();
  private static final String[] TITLES = {"Plain", "Fees £5", "Café – ré", "Rocket 🚀 launch", "日本語"};

  /** A plan of many projects: one a line, or all on one line when {@code minified}. */
  private static String document(boolean minified, int projects) {
    String nl = minified ? "" : "\n";
    StringBuilder b = new StringBuilder("{\"schemaVersion\": \"1.0\", \"council\": {\"name\": \"Sefton – Council\"},")
        .append(nl).append("\"title\": \"T £\", \"projects\": [").append(nl);
    for (int i = 0; i < projects; i++) {
      b.append(i == 0 ? "" : ",").append(nl)
          .append("{\"id\": \"p").append(i).append("\", \"title\": \"")
          .append(TITLES[i % TITLES.length]).append(' ').append(i).append("\"}");
    }
    return b.append(nl).append("]}").toString();
  }

  /** The line and UTF-16 column, from 1, of a needle's first occurrence from {@code from}. */
  private static Position place(String text, String needle, int from) {
    int at = text.indexOf(needle, from);
    int lineStart = text.lastIndexOf('\n', at) + 1;
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return new Position(line, at - lineStart + 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bytes", "array", "characters", "text", "parser"})
  void everyProjectAndTitleWhereItStands(String input) throws IOException {
    for (boolean minified : new boolean[] {false, true}) {
      String text = document(minified, 400);
      SourcePositions positions = read(input, text).positions();
      List<String> wrong = new ArrayList<>();
      int from = 0;
      for (int i = 0; i < 400; i++) {
        String element = "{\"id\": \"p" + i + "\"";
        int at = text.indexOf(element, from);
        from = at + 1;
        check(positions, "/projects/" + i, place(text, element, at), wrong);
        check(positions, "/projects/" + i + "/title", place(text, "\"title\"", at), wrong);
        check(positions, "/projects/" + i + "/id", place(text, "\"id\"", at), wrong);
      }
      check(positions, "/council/name", place(text, "\"name\"", 0), wrong);
      assertThat(wrong).as(input + (minified ? ", minified" : "")).isEmpty();
    }
  }

  private static ReadResult<?> read(String input, String text) throws IOException {
    Function<String, ReadResult<?>> bytes =
        t -> JSON.read(new ByteArrayInputStream(t.getBytes(StandardCharsets.UTF_8)), "doc");
    switch (input) {
      case "bytes":
        return bytes.apply(text);
      case "array":
        return JSON.read(text.getBytes(StandardCharsets.UTF_8), "doc");
      case "characters":
        return JSON.read(new StringReader(text), "doc");
      case "text":
        return JSON.read(text);
      default:
        try (JsonParser p = new JsonFactory().createParser(text)) {
          return JSON.read(p, "doc");
        }
    }
  }

  private static void check(SourcePositions positions, String pointer, Position expected, List<String> wrong) {
    Position found = positions.find(pointer).orElse(null);
    if (!expected.equals(found)) {
      wrong.add(pointer + ": expected " + expected + ", found " + found);
    }
  }
}
