package org.productivityplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line itself: help, version, and usage errors (exit 64, usage on standard error). */
class UsageTest {

  @Test
  void noCommandIsAUsageError() {
    Cli.Result result = Cli.run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(64);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("plan: Missing a command").contains("Usage: plan");
  }

  @Test
  void helpListsEveryCommandOnStandardOutput() {
    Cli.Result result = Cli.run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("validate", "rules", "schema", "fmt", "example", "64");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "rules", "schema", "fmt", "example", "diff", "progress"})
  void everyCommandHasHelp(String command) {
    Cli.Result result = Cli.run(command, "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Usage: plan " + command);
  }

  @Test
  void helpCommandShowsACommandsHelp() {
    Cli.Result result = Cli.run("help", "validate");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("--fail-on", "--jsonl", "--format");
  }

  @Test
  void versionNamesTheBuildsVersion() {
    Cli.Result result = Cli.run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("plan ").doesNotContain("unknown").contains("Java ");
    assertThat(result.out().lines().findFirst().orElseThrow()).matches("plan \\d+\\.\\d+\\.\\d+\\S* .*");
  }

  @Test
  void unknownOptionIsAUsageErrorWithTheCommandsUsage() {
    Cli.Result result = Cli.run("validate", "--bogus");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("plan: Unknown option: '--bogus'").contains("Usage: plan validate");
  }

  @Test
  void unknownCommandIsAUsageErrorWithASuggestion() {
    Cli.Result result = Cli.run("valdate");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err()).contains("valdate").contains("validate");
  }

  @Test
  void badFormatListsTheFormats() {
    Cli.Result result = Cli.run("validate", "--format", "xml");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err()).contains("expected text, json or sarif but was 'xml'");
  }

  @Test
  void formatIsCaseInsensitive() {
    Cli.Result result = Cli.run("rules", "--format", "JSON");

    assertThat(result.exitCode()).as(result.toString()).isZero();
  }

  @Test
  void badFailOnListsTheSeverities() {
    Cli.Result result = Cli.run("validate", "--fail-on", "fatal");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err()).contains("expected error, warning or info but was 'fatal'");
  }

  @Test
  void badColourListsTheChoices() {
    Cli.Result result = Cli.run("validate", "--color=sometimes");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err()).contains("expected auto, always or never but was 'sometimes'");
  }

  @Test
  void unknownProfileIsAUsageErrorListingTheKnownOnes() {
    Cli.Result result = Cli.run("validate", "--profile", "dluhc-1999");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err()).contains("Unknown profile 'dluhc-1999'").contains("dluhc-2024");
  }

  @Test
  void unknownProfileOfRulesIsAUsageError() {
    Cli.Result result = Cli.run("rules", "--profile", "nope");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err()).contains("Unknown profile 'nope'");
  }

  @Test
  void sarifCannotStreamAsJsonLines() {
    Cli.Result result = Cli.run("validate", "--jsonl", "--format", "sarif", "plans.jsonl");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err()).contains("--jsonl cannot be used with --format sarif");
  }

  @Test
  void jsonLinesNeedAFile() {
    Cli.Result result = Cli.run("validate", "--jsonl");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err()).contains("--jsonl needs a FILE");
  }

  @Test
  void fmtNeedsAFile() {
    Cli.Result result = Cli.run("fmt");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err()).contains("Usage: plan fmt");
  }

  @Test
  void unknownExampleIsAUsageErrorListingTheExamples() {
    Cli.Result result = Cli.run("example", "narnia-2024");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err())
        .contains("No bundled example is called 'narnia-2024'")
        .contains("somerset-2024", "devon-2024", "sefton-2024", "somerset-business-plan-2021");
  }

  @Test
  void debugIsAcceptedAfterTheCommand() {
    Cli.Result result = Cli.run("validate", "--debug", "--bogus");

    assertThat(result.exitCode()).isEqualTo(64);
  }
}
