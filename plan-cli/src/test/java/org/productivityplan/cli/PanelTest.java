package org.productivityplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan panel}: the review panel's view across many plans. */
class PanelTest {

  private static final Path ANALYSIS_DOC =
      Path.of(System.getProperty("basedir", "."))
          .toAbsolutePath()
          .resolve("../docs/analysis.md")
          .normalize();

  @TempDir Path dir;

  private static String plan(String council, String gss) {
    return "{\"schemaVersion\":\"1.0\",\"council\":{\"name\":\"" + council + "\",\"gssCode\":\""
        + gss + "\"},\"title\":\"Productivity Plan\"}";
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** The golden test: the bundled corpus gives exactly the output docs/analysis.md shows. */
  @Test
  void theBundledCorpusGivesTheDocumentedSummary() throws IOException {
    Cli.Result result = Cli.run("panel");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    String doc = Files.readString(ANALYSIS_DOC, StandardCharsets.UTF_8);
    Matcher golden =
        Pattern.compile("<!-- golden: plan panel -->\n```text\n(.*?)```\n", Pattern.DOTALL).matcher(doc);
    assertThat(golden.find()).as("docs/analysis.md has the golden block").isTrue();
    assertThat(result.out()).isEqualTo(golden.group(1));
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .startsWith("plan: example:future-major:2:20: ")
        .endsWith("[IO009]");
  }

  @Test
  void directoriesAreSearchedForPlansAndUnreadableOnesAreListed() throws IOException {
    write("a/devon.json", plan("Devon County Council", "E10000008"));
    write("a/b/adur.json", plan("Adur District Council", "E07000223"));
    write("a/b/broken.json", Plans.MALFORMED);
    write("a/notes.txt", "not a plan");

    Cli.Result result = Cli.run("panel", "--format", "json", dir.resolve("a").toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    JsonNode json = result.json();
    assertThat(json.get("inputs").asInt()).isEqualTo(3);
    assertThat(json.get("councils").findValuesAsText("council"))
        .containsExactly("Adur District Council", "Devon County Council");
    assertThat(json.get("unreadable").get(0).get("source").asText()).endsWith("broken.json");
    assertThat(result.err()).contains("broken.json");
  }

  @Test
  void jsonLinesAreReadOneLineAtATime() throws IOException {
    Path file =
        write("plans.jsonl",
            plan("Sefton Council", "E08000014") + "\n\n" + Plans.MALFORMED.replace("\n", " ") + "\n"
                + plan("Barnet Council", "E09000003") + "\n");

    Cli.Result result = Cli.run("panel", "--jsonl", "--format", "json", file.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    JsonNode json = result.json();
    assertThat(json.get("plans").asInt()).isEqualTo(2);
    assertThat(json.get("plansByCouncilType").get("londonBorough").asInt()).isEqualTo(1);
    assertThat(json.get("unreadable").get(0).get("source").asText()).isEqualTo(file + ":3");
    assertThat(json.get("councils").get(1).get("source").asText()).isEqualTo(file + ":1");
  }

  @Test
  void csvTablesGoIntoTheDirectoryNamed() throws IOException {
    Path input = write("plan.json", plan("Devon County Council", "E10000008"));
    Path out = dir.resolve("tables");

    Cli.Result result = Cli.run("panel", "--format", "csv", "-o", out.toString(), input.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).isEmpty();
    String plans = Files.readString(out.resolve("plans.csv"), StandardCharsets.UTF_8);
    assertThat(plans).startsWith("\uFEFFPlan,Council,GSS code,").contains("\r\nDevon County Council,");
    assertThat(Files.list(out).count()).isEqualTo(10);
  }

  @Test
  void csvNeedsADirectory() {
    Cli.Result result = Cli.run("panel", "--format", "csv");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("name a directory with -o");
  }

  @Test
  void textGoesToTheFileNamed() throws IOException {
    Path input = write("plan.json", plan("Devon County Council", "E10000008"));
    Path out = dir.resolve("summary.txt");

    Cli.Result result = Cli.run("panel", "-o", out.toString(), input.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(Files.readString(out)).startsWith("Panel summary of 1 plan\n");
  }

  @Test
  void htmlGoesToTheFileNamedWithTheCountsOfTheJson() throws IOException {
    Path input = write("a/devon.json", plan("Devon County Council", "E10000008"));
    write("a/adur.json", plan("Adur District Council", "E07000223"));
    write("a/broken.json", Plans.MALFORMED);
    Path out = dir.resolve("panel.html");

    Cli.Result result =
        Cli.run("panel", "--format", "html", "-o", out.toString(), input.getParent().toString());
    JsonNode json = Cli.run("panel", "--format", "json", input.getParent().toString()).json();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).isEmpty();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<h1>Panel summary of 2 plans</h1>")
        .contains("id=\"plan-count\" data-count=\"" + json.get("councils").size() + "\"")
        .contains("id=\"unreadable-count\" data-count=\"" + json.get("unreadable").size() + "\"")
        .contains("never scores councils or ranks them")
        .containsSubsequence("Adur District Council", "Devon County Council")
        .contains("broken.json");
  }

  @Test
  void htmlGoesToStandardOutputWithoutAFile() {
    Cli.Result result = Cli.run("panel", "--format", "html");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
  }

  @Test
  void nothingReadableIsExitTwo() throws IOException {
    Path input = write("broken.json", Plans.MALFORMED);

    Cli.Result result = Cli.run("panel", input.toString(), dir.resolve("missing.json").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(result.out()).contains("Panel summary of 0 plans (2 inputs could not be read)");
    assertThat(result.errLines()).hasSize(2);
  }
}
