package org.productivityplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the runnable jar as a real process, as {@code ./plan} does: the manifest, the shading
 * (merged service files, Bean Validation inside the jar), exit codes, standard input and output.
 */
class PlanJarIT {

  private static Path jar;

  @TempDir Path dir;

  /** What a process gave. */
  record Run(int exitCode, String out, String err) {
    JsonNode json() throws IOException {
      return Cli.MAPPER.readTree(out);
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  @BeforeAll
  static void findTheJar() {
    String property = System.getProperty("plan.jar");
    assertThat(property).as("system property plan.jar, set by the POM").isNotBlank();
    jar = Path.of(property);
    assertThat(jar).isRegularFile();
  }

  private static Run plan(String stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("NO_COLOR");
    Process process = builder.start();
    CompletableFuture<String> out = read(process.getInputStream());
    CompletableFuture<String> err = read(process.getErrorStream());
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
    return new Run(process.exitValue(), out.get(), err.get());
  }

  private static CompletableFuture<String> read(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  @Test
  void validatesTheBundledPlansWithNoArguments() throws Exception {
    Run run = plan("", "validate", "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
    assertThat(run.err()).as("nothing but the command's own messages").isEmpty();
    assertThat(run.json().get("reports")).hasSize(3);
  }

  @Test
  void beanValidationWorksInsideTheJar() throws Exception {
    Run run = plan(Plans.BAD_GSS_CODE, "validate", "--format", "json", "-");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.json().get("reports").get(0).get("findings"))
        .anySatisfy(f -> assertThat(f.get("ruleId").asText()).isEqualTo("PP001"));
  }

  @Test
  void writesAReportWithTheTemplatesInsideTheJar() throws Exception {
    Run run = plan("", "report", "somerset-2024");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("Somerset Council", "id=\"verdict\"");
  }

  @Test
  void textIsNotColouredIntoAPipe() throws Exception {
    Run run = plan(Plans.BAD_GSS_CODE, "validate", "-");

    assertThat(run.out()).contains("<stdin> (Somerset Council").doesNotContain("\u001B[");
  }

  @Test
  void missingFileExitsTwoWithOneLine() throws Exception {
    Run run = plan("", "validate", dir.resolve("missing.json").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("plan: ").contains("missing.json");
  }

  @Test
  void usageErrorExitsSixtyFour() throws Exception {
    Run run = plan("", "validate", "--format", "yaml");

    assertThat(run.exitCode()).isEqualTo(64);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("expected text, json or sarif");
  }

  @Test
  void versionAndHelp() throws Exception {
    assertThat(plan("", "--version").out()).startsWith("plan ");
    assertThat(plan("", "--help").out()).contains("validate", "fmt");
  }

  @Test
  void streamsJsonLinesFromStandardInput() throws Exception {
    String lines = Plans.MINIMAL + "\n" + "not json\n" + Plans.BAD_GSS_CODE + "\n";

    Run run = plan(lines, "validate", "--jsonl", "--format", "json", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    List<String> reports = run.out().lines().toList();
    assertThat(reports).hasSize(3);
    assertThat(Cli.MAPPER.readTree(reports.get(1)).get("source").asText()).isEqualTo("<stdin>:2");
    assertThat(run.err()).startsWith("plan: <stdin>:2:");
  }

  @Test
  void rulesAndSchemaAreJson() throws Exception {
    Run rules = plan("", "rules", "--format", "json");
    Run schema = plan("", "schema");

    assertThat(rules.exitCode()).isZero();
    assertThat(rules.json().get("rules").isArray()).isTrue();
    assertThat(schema.json().has("$schema")).isTrue();
  }

  @Test
  void formatsAFileInPlace() throws Exception {
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, Plans.MINIMAL);

    Run check = plan("", "fmt", "--check", plan.toString());
    Run format = plan("", "fmt", plan.toString());

    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(format.exitCode()).isZero();
    assertThat(Files.readString(plan)).startsWith("{\n  \"schemaVersion\": \"1.0\",\n");
    assertThat(plan("", "fmt", "--check", plan.toString()).exitCode()).isZero();
  }

  @Test
  void printsAnExample() throws Exception {
    Run run = plan("", "example", "devon-2024");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(Plans.fixture("devon-2024"));
  }
}
