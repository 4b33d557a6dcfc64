package org.productivityplan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.RawJson;
import org.productivityplan.model.SchemaVersion;
import org.productivityplan.model.Severity;

/** Strict and lenient reading, versions, encodings, sources and failures to read. */
class ReadingTest {

  private static final PlanJson LENIENT = PlanJson.standard();
  private static final PlanJson STRICT = PlanJson.builder().strict(true).build();

  private static final String WITH_UNKNOWNS = "{\n"
      + "  \"schemaVersion\": \"1.0\",\n"
      + "  \"council\": {\n"
      + "    \"name\": \"C\",\n"
      + "    \"ward\": \"North\"\n"
      + "  },\n"
      + "  \"title\": \"T\",\n"
      + "  \"zeta\": [\n"
      + "    1,\n"
      + "    {\n"
      + "      \"b\": null,\n"
      + "      \"a\": \"\\u0007\"\n"
      + "    }\n"
      + "  ],\n"
      + "  \"alpha\": 1.50\n"
      + "}\n";

  @Test
  void lenientModeKeepsUnknownPropertiesReportsThemAsInformationAndWritesThemBack() {
    ReadResult<ProductivityPlan> result = LENIENT.read(WITH_UNKNOWNS);

    assertThat(result.hasErrors()).isFalse();
    assertThat(result.problems())
        .extracting(Finding::ruleId, Finding::severity, Finding::pointer, f -> f.line().orElse(0), f -> f.column().orElse(0))
        .containsExactly(
            tuple("IO026", Severity.INFO, "/council/ward", 5, 5),
            tuple("IO026", Severity.INFO, "/zeta", 8, 3),
            tuple("IO026", Severity.INFO, "/alpha", 15, 3));
    ProductivityPlan plan = result.value().orElseThrow();
    assertThat(plan.council().unknownProperties()).containsExactly(
        java.util.Map.entry("ward", RawJson.of("\"North\"")));
    assertThat(plan.unknownProperties().keySet()).containsExactly("zeta", "alpha");
    assertThat(plan.unknownProperties().get("zeta").json()).isEqualTo("[1,{\"b\":null,\"a\":\"\\u0007\"}]");
    assertThat(LENIENT.write(plan)).isEqualTo(WITH_UNKNOWNS);
  }

  @Test
  void strictModeRefusesEachUnknownPropertyAsAnErrorButLosesNothing() {
    ReadResult<ProductivityPlan> result = STRICT.read(WITH_UNKNOWNS);

    assertThat(STRICT.isStrict()).isTrue();
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.problems())
        .extracting(Finding::ruleId, Finding::severity, Finding::pointer)
        .containsExactly(
            tuple("IO026", Severity.ERROR, "/council/ward"),
            tuple("IO026", Severity.ERROR, "/zeta"),
            tuple("IO026", Severity.ERROR, "/alpha"));
    assertThat(result.problems().get(0).message()).contains("strict");
    assertThat(STRICT.write(result.value().orElseThrow())).isEqualTo(WITH_UNKNOWNS);
  }

  @Test
  void newerMinorVersionIsReadItsNewPartsKeptAndItsVersionWrittenBack() {
    String doc = "{\n  \"schemaVersion\": \"1.3\",\n  \"council\": {\n    \"name\": \"C\"\n  },\n"
        + "  \"title\": \"T\",\n  \"carbonBudget\": {\n    \"tonnes\": 5\n  }\n}\n";
    ReadResult<ProductivityPlan> result = LENIENT.read(doc);

    assertThat(result.problems())
        .extracting(Finding::ruleId, Finding::severity, Finding::pointer)
        .containsExactly(
            tuple("IO011", Severity.INFO, "/schemaVersion"),
            tuple("IO026", Severity.INFO, "/carbonBudget"));
    ProductivityPlan plan = result.value().orElseThrow();
    assertThat(plan.schemaVersion()).isEqualTo(SchemaVersion.of(1, 3));
    assertThat(LENIENT.write(plan)).isEqualTo(doc);
  }

  @Test
  void otherMajorVersionsAreRefused() {
    for (String v : new String[] {"0.9", "2.0", "10.1"}) {
      ReadResult<ProductivityPlan> result =
          LENIENT.read("{\"schemaVersion\": \"" + v + "\", \"council\": {\"name\": \"C\"}, \"title\": \"T\"}");
      assertThat(result.value()).isEmpty();
      assertThat(result.problems()).singleElement().satisfies(p -> {
        assertThat(p.ruleId()).isEqualTo("IO009");
        assertThat(p.message()).contains(v).contains("1.x");
      });
    }
  }

  @Test
  void aUtf8ByteOrderMarkIsAcceptedAndNeverWritten() {
    byte[] doc = Samples.bytes("minimal.json");
    byte[] withBom = new byte[doc.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(doc, 0, withBom, 3, doc.length);

    ReadResult<ProductivityPlan> fromBytes = LENIENT.read(new ByteArrayInputStream(withBom), "bom.json");
    ReadResult<ProductivityPlan> fromText = LENIENT.read("\uFEFF" + Samples.text("minimal.json"));

    assertThat(fromBytes.problems()).isEmpty();
    assertThat(fromText.problems()).isEmpty();
    assertThat(LENIENT.write(fromBytes.value().orElseThrow())).isEqualTo(Samples.text("minimal.json"));
    assertThat(fromText.value()).isEqualTo(fromBytes.value());
  }

  @Test
  void invalidUtf8IsRefusedNamingWhere() {
    byte[] doc = "{\n  \"schemaVersion\": \"1.0\",\n  \"title\": \"caf?\"\n}".getBytes(StandardCharsets.US_ASCII);
    int at = new String(doc, StandardCharsets.US_ASCII).indexOf('?');
    doc[at] = (byte) 0xE9; // "é" in Latin-1, not UTF-8

    ReadResult<ProductivityPlan> result = LENIENT.read(new ByteArrayInputStream(doc), "latin1.json");

    assertThat(result.value()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo("IO005");
      assertThat(p.line()).contains(3);
      assertThat(p.column()).contains(16);
      assertThat(p.message()).contains("0xe9").contains("UTF-8");
    });
  }

  @Test
  void utf16IsRefusedAsNotUtf8() {
    byte[] doc = Samples.text("minimal.json").getBytes(StandardCharsets.UTF_16);

    ReadResult<ProductivityPlan> result = LENIENT.read(new ByteArrayInputStream(doc), "utf16.json");

    assertThat(result.problems()).extracting(Finding::ruleId).containsExactly("IO005");
  }

  @Test
  void aFileIsReadAndNamedAsTheSource(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.json");
    Files.write(file, Samples.bytes("full.json"));

    ReadResult<ProductivityPlan> result = LENIENT.read(file);

    assertThat(result.source()).isEqualTo(file.toString());
    assertThat(result.value().orElseThrow().council().name()).isEqualTo("Somerset Council");
  }

  @Test
  void aMissingFileOrADirectoryIsAProblemNotAnException(@TempDir Path dir) {
    ReadResult<ProductivityPlan> missing = LENIENT.read(dir.resolve("nope.json"));
    ReadResult<CouncilPlan> directory = LENIENT.readCouncilPlan(dir);

    assertThat(missing.value()).isEmpty();
    assertThat(missing.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo("IO007");
      assertThat(p.message()).contains("nope.json").contains("no such file");
    });
    assertThat(directory.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo("IO007");
      assertThat(p.message()).contains("directory");
    });
  }

  @Test
  void aFailingReaderIsAProblemNotAnException() {
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk on fire");
      }

      @Override
      public void close() {}
    };

    ReadResult<ProductivityPlan> result = LENIENT.read(failing, "broken");

    assertThat(result.source()).isEqualTo("broken");
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo("IO007");
      assertThat(p.message()).contains("disk on fire");
    });
  }

  @Test
  void streamsAreReadButNotClosed() {
    AtomicBoolean closed = new AtomicBoolean();
    FilterInputStream in = new FilterInputStream(new ByteArrayInputStream(Samples.bytes("minimal.json"))) {
      @Override
      public void close() throws IOException {
        closed.set(true);
        super.close();
      }
    };

    assertThat(LENIENT.read(in, "s").value()).isPresent();
    assertThat(closed).isFalse();
    assertThat(LENIENT.read(new StringReader(Samples.text("minimal.json")), "r").value()).isPresent();
  }

  @Test
  void aCouncilPlanDocumentIsReadWithItsVersionAndWrittenWithVersionFirst() {
    ReadResult<CouncilPlan> result = LENIENT.readCouncilPlan(
        "{\"title\": \"Plan\", \"schemaVersion\": \"1.0\", \"vision\": [\"Green\"]}");

    assertThat(result.problems()).isEmpty();
    assertThat(LENIENT.write(result.value().orElseThrow()))
        .isEqualTo("{\n  \"schemaVersion\": \"1.0\",\n  \"title\": \"Plan\",\n  \"vision\": [\n    \"Green\"\n  ]\n}\n");
    assertThat(LENIENT.readCouncilPlan("{\"schemaVersion\": \"3.0\", \"title\": \"P\"}").problems())
        .extracting(Finding::ruleId).containsExactly("IO009");
    assertThat(LENIENT.readCouncilPlan("{\"schemaVersion\": 1, \"title\": \"P\"}").problems())
        .extracting(Finding::ruleId, Finding::pointer).containsExactly(tuple("IO020", "/schemaVersion"));
  }

  @Test
  void aPlanWithoutProblemsIsClean() {
    ReadResult<ProductivityPlan> result = LENIENT.read(Samples.text("minimal.json"));

    assertThat(result.isClean()).isTrue();
    assertThat(result.source()).isEqualTo("<string>");
    assertThat(result.toString()).contains("<string>").contains("present");
  }
}
