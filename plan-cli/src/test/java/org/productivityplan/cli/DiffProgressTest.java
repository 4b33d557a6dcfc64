package org.productivityplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan diff} and {@code plan progress} on the bundled complete plan and its update. */
class DiffProgressTest {

  @TempDir static Path dir;

  private static String older;
  private static String newer;

  @BeforeAll
  static void writePlans() throws IOException {
    older = write("complete.json", Plans.fixture("synthetic/complete"));
    newer = write("complete-2025-update.json", Plans.fixture("synthetic/complete-2025-update"));
  }

  private static String write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file.toString();
  }

  @Test
  void diffOfTwoVersionsListsTheChangesAndExitsOne() {
    Cli.Result result = Cli.run("diff", older, newer);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .startsWith(older + " -> " + newer + ": 21 changes")
        .contains("milestone case-management-go-live (project case-management)")
        .contains("~ due: 2024-11 -> 2025-02 (milestone slipped)")
        .contains("> renamed to customer-contact")
        .contains("new: PP164 warning");
  }

  @Test
  void diffOfAPlanWithItselfIsEmptyAndExitsZero() {
    Cli.Result result = Cli.run("diff", older, older);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).isEqualTo(older + " -> " + older + ": no changes\n\nFindings: 0 new, 0 resolved, 0 remaining\n");
  }

  @Test
  void diffReadsOneVersionFromStandardInput() {
    Cli.Result result =
        Cli.runWithInput(Plans.fixture("synthetic/complete"), "diff", "-", older, "--format", "json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("\"older\": \"<stdin>\"", "\"changed\": false");
  }

  @Test
  void diffAsJsonNamesEachChange() throws IOException {
    Cli.Result result = Cli.run("diff", older, newer, "--format", "json");

    assertThat(result.exitCode()).isEqualTo(1);
    JsonNode json = Cli.MAPPER.readTree(result.out());
    assertThat(json.get("formatVersion").asText()).isEqualTo("1.0");
    assertThat(json.get("changed").asBoolean()).isTrue();
    assertThat(json.get("counts").get("renamed").asInt()).isEqualTo(1);
    assertThat(json.get("findings").get("new").get(0).get("ruleId").asText()).isEqualTo("PP164");
  }

  @Test
  void diffWithAnUnreadableVersionExitsTwoAndNamesIt() {
    String missing = dir.resolve("missing.json").toString();

    Cli.Result result = Cli.run("diff", older, missing);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("plan: " + missing).contains("IO007");
  }

  @Test
  void diffRefusesStandardInputTwice() {
    Cli.Result result = Cli.run("diff", "-", "-");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err()).contains("Only one of OLD and NEW can be -");
  }

  @Test
  void progressReportsKpisAndMilestonesOnTheDate() {
    Cli.Result result = Cli.run("progress", newer, "--as-of", "2025-12-01");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .startsWith(newer + ": progress as of 2025-12-01")
        .contains("70 (2025-04/2025-06): 44.4% of the way, 62.5% expected: off track")
        .contains("overdue   self-service-council-tax (due 2025-11)")
        .contains("Summary: 2 KPIs: 0 on track, 1 at risk, 1 off track, 0 cannot tell");
  }

  @Test
  void progressThresholdsAreOptions() {
    Cli.Result result =
        Cli.run("progress", newer, "--as-of", "2025-12-01", "--on-track", "20", "--at-risk", "30");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("Summary: 2 KPIs: 2 on track, 0 at risk, 0 off track");
  }

  @Test
  void progressAsJson() throws IOException {
    Cli.Result result = Cli.run("progress", newer, "--as-of", "2025-12-01", "--format", "json");

    assertThat(result.exitCode()).isZero();
    JsonNode json = Cli.MAPPER.readTree(result.out());
    assertThat(json.get("asOf").asText()).isEqualTo("2025-12-01");
    assertThat(json.get("kpis").get(1).get("status").asText()).isEqualTo("atRisk");
  }

  @Test
  void progressRefusesABadDateAsAUsageError() {
    Cli.Result result = Cli.run("progress", newer, "--as-of", "1 July 2025");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err()).contains("--as-of must be a date written YYYY-MM-DD");
  }

  @Test
  void progressRefusesThresholdsInTheWrongOrder() {
    Cli.Result result = Cli.run("progress", newer, "--on-track", "20", "--at-risk", "10");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err()).contains("0 <= onTrack <= atRisk");
  }

  @Test
  void progressOfAnUnreadablePlanExitsTwo() {
    Cli.Result result = Cli.runWithInput(Plans.MALFORMED, "progress", "-");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("plan: <stdin>");
  }
}
