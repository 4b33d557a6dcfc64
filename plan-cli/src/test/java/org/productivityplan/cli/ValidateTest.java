package org.productivityplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.productivityplan.examples.ExamplePlans;

/** {@code plan validate}: inputs, formats, options and exit codes. */
class ValidateTest {

  @TempDir Path dir;

  private String file(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path.toString();
  }

  /** The exit code that the JSON reports call for, given the fail-on level. */
  private static int expectedExitCode(JsonNode document, String failOn) {
    List<String> levels = List.of("error", "warning", "info");
    int threshold = levels.indexOf(failOn);
    for (JsonNode report : document.get("reports")) {
      for (int i = 0; i <= threshold; i++) {
        if (report.get("counts").get(levels.get(i)).asInt() > 0) {
          return 1;
        }
      }
    }
    return 0;
  }

  private static List<String> sources(JsonNode document) {
    List<String> sources = new ArrayList<>();
    document.get("reports").forEach(r -> sources.add(r.get("source").asText()));
    return sources;
  }

  @Test
  void withNoFileChecksTheThreeBundledProductivityPlans() {
    Cli.Result result = Cli.run("validate", "--format", "json");

    assertThat(result.exitCode()).as(result.toString()).isIn(0, 1);
    JsonNode json = result.json();
    assertThat(sources(json))
        .containsExactly("example:somerset-2024", "example:devon-2024", "example:sefton-2024");
    assertThat(result.exitCode()).isEqualTo(expectedExitCode(json, "error"));
    for (JsonNode report : json.get("reports")) {
      assertThat(report.get("council").asText()).isNotBlank();
      assertThat(report.get("title").asText()).isNotBlank();
    }
  }

  @Test
  void textOutputHasAVerdictLinePerPlan() {
    Cli.Result result = Cli.run("validate");

    assertThat(result.exitCode()).as(result.toString()).isIn(0, 1);
    assertThat(result.out())
        .contains("example:devon-2024 (", "example:sefton-2024 (", "example:somerset-2024 (")
        .contains("Somerset Council")
        .doesNotContain("somerset-business-plan")
        .doesNotContain("\u001B[");
    assertThat(result.out().lines().filter(l -> l.startsWith("example:")))
        .hasSize(3)
        .allMatch(l -> l.matches(".*: (NOT VALID|valid but incomplete|complete) \\(.*"));
  }

  @Test
  void jsonOutputHasTheDocumentedShape() throws IOException {
    String plan = file("plan.json", Plans.BAD_GSS_CODE);

    Cli.Result result = Cli.run("validate", "--format", "json", plan);

    JsonNode report = result.json().get("reports").get(0);
    assertThat(report.get("source").asText()).isEqualTo(plan);
    assertThat(report.get("council").asText()).isEqualTo("Somerset Council");
    assertThat(report.get("title").asText()).isEqualTo("Productivity Plan");
    assertThat(report.get("valid").isBoolean()).isTrue();
    assertThat(report.get("complete").isBoolean()).isTrue();
    assertThat(report.get("counts").fieldNames()).toIterable().contains("error", "warning", "info");
    assertThat(report.get("findings").isArray()).isTrue();
    for (JsonNode finding : report.get("findings")) {
      assertThat(finding.get("ruleId").asText()).matches("[A-Z]+[0-9]{3}");
      assertThat(finding.get("severity").asText()).isIn("error", "warning", "info");
      assertThat(finding.get("message").asText()).isNotBlank();
      assertThat(finding.get("pointer").isTextual()).isTrue();
    }
    assertThat(report.get("findings"))
        .anySatisfy(
            f -> {
              assertThat(f.get("ruleId").asText()).isEqualTo("PP001");
              assertThat(f.get("pointer").asText()).isEqualTo("/council/gssCode");
              assertThat(f.get("severity").asText()).isEqualTo("error");
            });
    assertThat(report.get("valid").asBoolean()).isFalse();
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void sarifOutputIsASarifLog() throws IOException {
    String plan = file("plan.json", Plans.BAD_GSS_CODE);

    Cli.Result result = Cli.run("validate", "--format", "sarif", plan);

    assertThat(result.exitCode()).isEqualTo(1);
    JsonNode sarif = result.json();
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = sarif.get("runs").get(0);
    assertThat(run.get("tool").get("driver").get("name").asText()).isNotBlank();
    assertThat(run.get("results"))
        .anySatisfy(r -> assertThat(r.get("ruleId").asText()).isEqualTo("PP001"));
  }

  @Test
  void missingFileExitsTwoWithOneLineAndStillHasItsReport() {
    String missing = dir.resolve("missing.json").toString();

    Cli.Result result = Cli.run("validate", "--format", "json", missing);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).startsWith("plan: " + missing).doesNotContain("Exception", "\tat ");
    JsonNode report = result.json().get("reports").get(0);
    assertThat(report.get("source").asText()).isEqualTo(missing);
    assertThat(report.get("valid").asBoolean()).isFalse();
    assertThat(report.get("counts").get("error").asInt()).isPositive();
    assertThat(report.get("findings").get(0).get("ruleId").asText()).startsWith("IO");
  }

  @Test
  void directoryExitsTwo() {
    Cli.Result result = Cli.run("validate", dir.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).startsWith("plan: " + dir);
  }

  @Test
  void malformedJsonExitsTwoNamingTheLineAndColumn() throws IOException {
    String bad = file("bad.json", Plans.MALFORMED);

    Cli.Result result = Cli.run("validate", bad);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err())
        .matches("plan: " + java.util.regex.Pattern.quote(bad) + ":\\d+:\\d+: .*\\[IO\\d{3}\\]\n");
    assertThat(result.out()).contains(bad).contains("NOT VALID");
  }

  @Test
  void invalidUtf8ExitsTwo() throws IOException {
    Path bad = dir.resolve("latin1.json");
    Files.write(
        bad,
        "{\"schemaVersion\":\"1.0\",\"title\":\"caf\u00e9\"}"
            .getBytes(StandardCharsets.ISO_8859_1));

    Cli.Result result = Cli.run("validate", bad.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
  }

  @Test
  void unsupportedVersionExitsTwo() throws IOException {
    Cli.Result result = Cli.run("validate", file("v2.json", Plans.VERSION_2));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("v2.json");
  }

  @Test
  void anUnreadableInputOutranksFindings() throws IOException {
    String bad = file("bad.json", Plans.BAD_GSS_CODE);
    String missing = dir.resolve("missing.json").toString();

    Cli.Result result = Cli.run("validate", "--format", "json", bad, missing);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(sources(result.json())).containsExactly(bad, missing);
  }

  @Test
  void readsStandardInput() {
    Cli.Result result = Cli.runWithInput(Plans.BAD_GSS_CODE, "validate", "--format", "json", "-");

    assertThat(result.exitCode()).isEqualTo(1);
    JsonNode report = result.json().get("reports").get(0);
    assertThat(report.get("source").asText()).isEqualTo("<stdin>");
    assertThat(report.get("council").asText()).isEqualTo("Somerset Council");
  }

  @Test
  void failOnFollowsTheFindings() throws IOException {
    String plan = file("plan.json", Plans.WITH_UNKNOWN_PROPERTY);

    for (String level : List.of("error", "warning", "info")) {
      Cli.Result result = Cli.run("validate", "--format", "json", "--fail-on", level, plan);
      assertThat(result.exitCode())
          .as(level + ": " + result)
          .isEqualTo(expectedExitCode(result.json(), level));
    }
    // The unknown property is reported as information, so --fail-on info always fails.
    assertThat(Cli.run("validate", "--fail-on", "info", plan).exitCode()).isEqualTo(1);
  }

  @Test
  void unknownPropertyIsInformationUnlessStrict() throws IOException {
    String plan = file("plan.json", Plans.WITH_UNKNOWN_PROPERTY);

    JsonNode lenient = Cli.run("validate", "--format", "json", plan).json();
    Cli.Result strict = Cli.run("validate", "--format", "json", "--strict", plan);

    assertThat(lenient.get("reports").get(0).get("findings"))
        .anySatisfy(
            f -> {
              assertThat(f.get("pointer").asText()).isEqualTo("/colour");
              assertThat(f.get("severity").asText()).isEqualTo("info");
            });
    assertThat(strict.exitCode()).isIn(1, 2);
    assertThat(strict.json().get("reports").get(0).get("findings"))
        .anySatisfy(
            f -> {
              assertThat(f.get("pointer").asText()).isEqualTo("/colour");
              assertThat(f.get("severity").asText()).isEqualTo("error");
            });
  }

  @Test
  void configurationChangesSeverities() throws IOException {
    String plan = file("plan.json", Plans.BAD_GSS_CODE);
    String config = file("config.json", "{\"rules\": {\"PP001\": {\"severity\": \"info\"}}}");

    Cli.Result result = Cli.run("validate", "--format", "json", "--config", config, plan);

    assertThat(result.json().get("reports").get(0).get("findings"))
        .anySatisfy(
            f -> {
              assertThat(f.get("ruleId").asText()).isEqualTo("PP001");
              assertThat(f.get("severity").asText()).isEqualTo("info");
            })
        .noneSatisfy(
            f -> {
              assertThat(f.get("ruleId").asText()).isEqualTo("PP001");
              assertThat(f.get("severity").asText()).isEqualTo("error");
            });
  }

  @Test
  void aSuppressionLimitedToOneFileAppliesToThatFileOnly() throws IOException {
    String a = file("a.json", Plans.BAD_GSS_CODE);
    String b = file("b.json", Plans.BAD_GSS_CODE);
    String config =
        file(
            "config.json",
            "{\"suppressions\": [{\"rule\": \"PP001\", \"pointer\": \"/council/gssCode\","
                + " \"justification\": \"A test code\", \"source\": \"a.json\"}]}");

    Cli.Result result = Cli.run("validate", "--format", "json", "--config", config, a, b);

    JsonNode reports = result.json().get("reports");
    assertThat(reports.get(0).get("suppressed").asInt()).isEqualTo(1);
    assertThat(reports.get(0).get("findings"))
        .noneSatisfy(f -> assertThat(f.get("ruleId").asText()).isEqualTo("PP001"));
    assertThat(reports.get(1).get("suppressed").asInt()).isZero();
    assertThat(reports.get(1).get("findings"))
        .anySatisfy(f -> assertThat(f.get("ruleId").asText()).isEqualTo("PP001"));
  }

  @Test
  void withABaselineOnlyNewFindingsFailTheRun() throws IOException {
    String plan = file("plan.json", Plans.BAD_GSS_CODE);
    Cli.Result first = Cli.run("validate", "--format", "json", plan);
    assertThat(first.exitCode()).isEqualTo(1);
    String baseline = file("before.json", first.out());

    Cli.Result again = Cli.run("validate", "--format", "json", "--baseline", baseline, plan);

    assertThat(again.exitCode()).isZero();
    JsonNode report = again.json().get("reports").get(0);
    assertThat(report.get("findings"))
        .allSatisfy(f -> assertThat(f.get("baselineState").asText()).isEqualTo("unchanged"));
    assertThat(report.get("newCounts").get("error").asInt()).isZero();

    Cli.Result text = Cli.run("validate", "--baseline", baseline, plan);
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("Since the baseline: 0 new");
  }

  @Test
  void ruleFindingsCarryTheLineAndColumnOfTheirPointer() throws IOException {
    String plan = file("plan.json", Plans.BAD_GSS_CODE);

    Cli.Result result = Cli.run("validate", "--format", "json", plan);

    JsonNode finding = result.json().get("reports").get(0).get("findings").get(0);
    assertThat(finding.get("ruleId").asText()).isEqualTo("PP001");
    assertThat(finding.get("line").asInt()).isPositive();
    assertThat(finding.get("column").asInt()).isPositive();
  }

  @Test
  void aBaselineThatIsNotAReportExitsTwoNamingTheFile() throws IOException {
    String baseline = file("before.json", "[1, 2]");

    Cli.Result result = Cli.run("validate", "--baseline", baseline);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).contains(baseline).contains("line 1");
  }

  @Test
  void badConfigurationExitsTwoInOneLineNamingTheFile() throws IOException {
    String config = file("config.json", "{\"rules\": {\"PP001\": {\"severity\": \"fatal\"}}}");

    Cli.Result result = Cli.run("validate", "--config", config);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).startsWith("plan: ").contains(config).contains("fatal");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void missingConfigurationExitsTwo() {
    Cli.Result result = Cli.run("validate", "--config", dir.resolve("nope.json").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).contains("nope.json");
  }

  @Test
  void configurationNamingARuleTheProfileLacksExitsTwo() throws IOException {
    String config = file("config.json", "{\"rules\": {\"ZZ999\": {\"enabled\": false}}}");

    Cli.Result result = Cli.run("validate", "--config", config);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("ZZ999");
  }

  @Test
  void debugShowsTheStackTrace() {
    Cli.Result result =
        Cli.run("validate", "--debug", "--config", dir.resolve("nope.json").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("plan: ").contains("\tat ");
  }

  @Test
  void colourOnlyOnATerminalWithoutNoColor() throws IOException {
    String plan = file("plan.json", Plans.BAD_GSS_CODE);
    byte[] none = new byte[0];

    assertThat(Cli.run(none, Map.of(), true, "validate", plan).out()).contains("\u001B[");
    assertThat(Cli.run(none, Map.of(), false, "validate", plan).out()).doesNotContain("\u001B[");
    assertThat(Cli.run(none, Map.of("NO_COLOR", "1"), true, "validate", plan).out())
        .doesNotContain("\u001B[");
    assertThat(Cli.run(none, Map.of("NO_COLOR", ""), true, "validate", plan).out())
        .contains("\u001B[");
    assertThat(Cli.run(none, Map.of(), false, "validate", "--color=always", plan).out())
        .contains("\u001B[");
    assertThat(Cli.run(none, Map.of(), true, "validate", "--color=never", plan).out())
        .doesNotContain("\u001B[");
  }

  @Test
  void textGroupsFindingsWithSeverityRuleIdAndPlace() throws IOException {
    String plan = file("plan.json", Plans.BAD_GSS_CODE);

    Cli.Result result = Cli.run("validate", plan);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).startsWith(plan + " (Somerset Council").contains("NOT VALID");
    assertThat(result.out().lines())
        .anySatisfy(
            l -> assertThat(l).contains("error").contains("PP001").contains("/council/gssCode"));
  }

  @Test
  void everyReportOfTheFixturesIsReadWithoutReadingErrors() {
    JsonNode json = Cli.run("validate", "--format", "json").json();

    for (JsonNode report : json.get("reports")) {
      for (JsonNode finding : report.get("findings")) {
        if (finding.get("ruleId").asText().startsWith("IO")) {
          assertThat(finding.get("severity").asText())
              .as(report.get("source").asText() + ": " + finding)
              .isNotEqualTo("error");
        }
      }
    }
  }

  /**
   * Somerset County Council's Business Plan 2021-2023 is a council plan: validate reads it as one
   * and does not apply the productivity-plan profile (which made 13 category-error warnings).
   */
  @Test
  void aCouncilPlanIsReadAsOneAndTheProductivityPlanProfileIsNotApplied() throws IOException {
    String councilPlan =
        file("business-plan.json", ExamplePlans.json(ExamplePlans.SOMERSET_BUSINESS_PLAN_2021));

    Cli.Result result = Cli.run("validate", "--format", "json", councilPlan);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    JsonNode report = result.json().get("reports").get(0);
    assertThat(report.get("counts").get("warning").asInt()).isZero();
    assertThat(report.get("counts").get("error").asInt()).isZero();
    List<String> ids = new ArrayList<>();
    report.get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
    assertThat(ids).containsExactly(CouncilPlanDocuments.NOT_PROFILED);

    Cli.Result text =
        Cli.runWithInput(
            ExamplePlans.json(ExamplePlans.SOMERSET_BUSINESS_PLAN_2021), "validate", "-");
    assertThat(text.exitCode()).as(text.toString()).isZero();
    assertThat(text.out()).contains("This is a council plan, not a productivity plan");
  }
}
