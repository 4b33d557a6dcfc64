package org.productivityplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan validate --jsonl}: one plan per line, one report per plan, streamed. */
class JsonLinesValidateTest {

  @TempDir Path dir;

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      nodes.add(Cli.MAPPER.readTree(line));
    }
    return nodes;
  }

  private String jsonl(String... lines) throws IOException {
    Path file = dir.resolve("plans.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file.toString();
  }

  @Test
  void writesOneReportPerLineNamedByFileAndLine() throws IOException {
    String file = jsonl(Plans.MINIMAL, Plans.BAD_GSS_CODE, "", Plans.WITH_UNKNOWN_PROPERTY);

    Cli.Result result = Cli.run("validate", "--jsonl", "--format", "json", file);

    List<JsonNode> reports = lines(result.out());
    assertThat(reports).hasSize(3);
    assertThat(reports)
        .extracting(r -> r.get("source").asText())
        .containsExactly(file + ":1", file + ":2", file + ":4");
    assertThat(reports.get(1).get("findings"))
        .anySatisfy(f -> assertThat(f.get("ruleId").asText()).isEqualTo("PP001"));
    assertThat(reports).allSatisfy(r -> assertThat(r.has("counts")).isTrue());
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void eachLineIsTheSameObjectAsInTheJsonDocument() throws IOException {
    Path single = dir.resolve("plan.json");
    Files.writeString(single, Plans.BAD_GSS_CODE);
    String file = jsonl(Plans.BAD_GSS_CODE);

    JsonNode line = lines(Cli.run("validate", "--jsonl", "--format", "json", file).out()).get(0);
    JsonNode document =
        Cli.run("validate", "--format", "json", single.toString()).json().get("reports").get(0);

    ((com.fasterxml.jackson.databind.node.ObjectNode) line).remove("source");
    ((com.fasterxml.jackson.databind.node.ObjectNode) document).remove("source");
    assertThat(line).isEqualTo(document);
  }

  @Test
  void anUnreadableLineGetsAReportAtItsLineAndExitsTwo() throws IOException {
    String file = jsonl(Plans.MINIMAL, "{\"schemaVersion\": \"1.0\", \"title\": ", Plans.MINIMAL);

    Cli.Result result = Cli.run("validate", "--jsonl", "--format", "json", file);

    assertThat(result.exitCode()).isEqualTo(2);
    List<JsonNode> reports = lines(result.out());
    assertThat(reports).hasSize(3);
    JsonNode bad = reports.get(1);
    assertThat(bad.get("source").asText()).isEqualTo(file + ":2");
    assertThat(bad.get("valid").asBoolean()).isFalse();
    // Lines and columns are those within the line's document; the source names the file's line.
    assertThat(bad.get("findings").get(0).get("line").asInt()).isEqualTo(1);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err())
        .matches("plan: " + java.util.regex.Pattern.quote(file) + ":2: .*\\[IO\\d{3}\\]\n");
  }

  @Test
  void readsStandardInput() throws IOException {
    Cli.Result result =
        Cli.runWithInput(
            Plans.MINIMAL + "\r\n" + Plans.BAD_GSS_CODE,
            "validate",
            "--jsonl",
            "--format",
            "json",
            "-");

    List<JsonNode> reports = lines(result.out());
    assertThat(reports)
        .extracting(r -> r.get("source").asText())
        .containsExactly("<stdin>:1", "<stdin>:2");
    assertThat(reports).allSatisfy(r -> assertThat(r.get("council").asText()).isEqualTo("Somerset Council"));
  }

  @Test
  void textWritesABlockPerPlanAndASummary() throws IOException {
    String file = jsonl(Plans.MINIMAL, Plans.BAD_GSS_CODE);

    Cli.Result result = Cli.run("validate", "--jsonl", file);

    assertThat(result.out()).contains(file + ":1 (Somerset Council").contains(file + ":2 (");
    assertThat(result.out().lines().reduce((a, b) -> b).orElseThrow())
        .matches("2 plans: [12] not valid, \\d valid but incomplete, \\d complete");
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void missingFileExitsTwoWithAReport() throws IOException {
    String missing = dir.resolve("missing.jsonl").toString();

    Cli.Result result = Cli.run("validate", "--jsonl", "--format", "json", missing);

    assertThat(result.exitCode()).isEqualTo(2);
    JsonNode report = lines(result.out()).get(0);
    assertThat(report.get("source").asText()).isEqualTo(missing);
    assertThat(report.get("findings").get(0).get("ruleId").asText()).isEqualTo("IO007");
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).contains("no such file");
  }

  @Test
  void anEmptyFileHasNoReportAndPasses() throws IOException {
    String file = jsonl("");

    Cli.Result result = Cli.run("validate", "--jsonl", "--format", "json", file);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
  }

  @Test
  void stopsReadingWhenOutputCanNoLongerBeWritten() {
    byte[] lines = (Plans.MINIMAL + "\n").repeat(2000).getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(lines);
    java.io.OutputStream closedPipe =
        new java.io.OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
          }
        };

    int exitCode =
        Main.run(
            new String[] {"validate", "--jsonl", "--format", "json", "-"},
            in,
            closedPipe,
            new java.io.ByteArrayOutputStream(),
            java.util.Map.of(),
            false);

    assertThat(exitCode).isZero();
    assertThat(in.available()).as("bytes left unread").isGreaterThan(lines.length / 2);
  }

  @Test
  void aDirectoryExitsTwoWithAReport() throws IOException {
    Cli.Result result = Cli.run("validate", "--jsonl", "--format", "json", dir.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(lines(result.out()).get(0).get("source").asText()).isEqualTo(dir.toString());
    assertThat(result.err()).contains("directory").doesNotContain("\tat ");
  }
}
