package org.productivityplan.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.SourcePositions.Position;

/**
 * The entry points for a caller who already holds a Jackson parser or generator, and the source
 * overload of reading a text: each gives what the other entry points give.
 */
class JacksonEntryPointsTest {

  private static final PlanJson JSON = PlanJson.standard();
  private static final JsonFactory FACTORY = new JsonFactory();

  static java.util.List<String> plans() {
    return Samples.PLANS;
  }

  @ParameterizedTest
  @MethodSource("plans")
  void aPlanReadFromACallersParserEqualsThePlanReadFromItsText(String name) throws IOException {
    String text = Samples.text(name);
    ReadResult<ProductivityPlan> fromText = JSON.read(text, name);
    try (JsonParser p = FACTORY.createParser(Samples.bytes(name))) {
      ReadResult<ProductivityPlan> fromParser = JSON.read(p, name);

      assertThat(fromParser).isEqualTo(fromText);
      assertThat(fromParser.source()).isEqualTo(name);
    }
  }

  @Test
  void aPlanInsideALargerDocumentIsReadAndTheParserLeftAfterIt() throws IOException {
    String doc = "{\"plan\": " + Samples.text("minimal.json") + ", \"after\": 7}";
    try (JsonParser p = FACTORY.createParser(doc)) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(p.nextFieldName()).isEqualTo("plan");
      ReadResult<ProductivityPlan> r = JSON.read(p, "body");

      assertThat(r.isClean()).as("%s", r.problems()).isTrue();
      assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
      assertThat(p.nextFieldName()).isEqualTo("after");
      assertThat(p.nextIntValue(0)).isEqualTo(7);
    }
  }

  @ParameterizedTest
  @MethodSource("plans")
  void aPlanWrittenToAGeneratorReadsBackEqual(String name) throws IOException {
    ProductivityPlan plan = JSON.read(Samples.text(name)).value().orElseThrow();
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      JSON.write(plan, g);
    }

    assertThat(JSON.read(out.toString()).value()).contains(plan);
    assertThat(out.toString()).doesNotContain("\n");
  }

  @Test
  void aCouncilPlanGoesThroughAParserAndAGenerator() throws IOException {
    String text = Samples.text("council-plan.json");
    CouncilPlan plan;
    try (JsonParser p = FACTORY.createParser(text)) {
      plan = JSON.readCouncilPlan(p, "cp").value().orElseThrow();
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      JSON.write(plan, g);
    }

    assertThat(out.toString()).startsWith("{\"schemaVersion\":\"1.0\"");
    assertThat(JSON.readCouncilPlan(out.toString(), "again").value()).contains(plan);
    assertThat(JSON.readCouncilPlan(text, "named").source()).isEqualTo("named");
  }

  @Test
  void theSourceOfATextIsTheNameGiven() {
    ReadResult<ProductivityPlan> r = JSON.read(Samples.text("minimal.json"), "minimal.json");

    assertThat(r.source()).isEqualTo("minimal.json");
    assertThat(JSON.read(Samples.text("minimal.json")).source()).isEqualTo("<string>");
  }

  @Test
  void positionsNameTheLineAndColumnOfWhatWasRead() {
    String doc = "{\"schemaVersion\": \"1.0\",\n"
        + "  \"council\": {\"name\": \"C\"},\n"
        + "  \"title\": \"T\",\n"
        + "  \"projects\": [\n"
        + "    {\"id\": \"p\", \"title\": \"P\"}\n"
        + "  ]\n"
        + "}\n";
    SourcePositionsCheck positions = new SourcePositionsCheck(JSON.read(doc).positions());

    positions.at("", 1, 1);
    positions.at("/council", 2, 3);
    positions.at("/council/name", 2, 15);
    positions.at("/title", 3, 3);
    positions.at("/projects/0", 5, 5);
    positions.at("/projects/0/title", 5, 17);
    assertThat(JSON.read(doc).positions().find("/projects/1")).isEmpty();
    assertThat(JSON.read(doc).positions().find("/nothing")).isEmpty();
  }

  /** Asserts positions found. */
  private static final class SourcePositionsCheck {
    private final org.productivityplan.model.SourcePositions positions;

    SourcePositionsCheck(org.productivityplan.model.SourcePositions positions) {
      this.positions = positions;
    }

    void at(String pointer, int line, int column) {
      assertThat(positions.find(pointer)).as(pointer).contains(new Position(line, column));
    }
  }
}
