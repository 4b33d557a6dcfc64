package org.productivityplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.productivityplan.io.DocumentKind;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.Reports;
import org.productivityplan.validation.ValidationReport;

/**
 * Coverage-guided fuzz targets of reading, formatting and validating plans (Jazzer). In every build
 * they replay the committed corpus and every crash found so far, {@code
 * src/test/resources/org/productivityplan/cli/PlanFuzzTestInputs/METHOD/}; with {@code
 * JAZZER_FUZZ=1} one of them runs a campaign (docs/robustness.md, "Coverage-guided fuzzing").
 */
class PlanFuzzTest {

  private static final PlanJson JSON = PlanJson.standard();
  private static final PlanValidator VALIDATOR = PlanValidator.standard();

  /**
   * Reading any bytes never throws, every problem is well-formed, and whatever reads is written
   * back and reads again equal, as either kind of document.
   */
  @FuzzTest(maxExecutions = 1_000_000, maxDuration = "20m")
  void readingBytes(byte[] data) {
    ReadResult<ProductivityPlan> plan = JSON.read(new ByteArrayInputStream(data), "fuzz");
    assertWellFormed(plan.problems(), data);
    plan.value()
        .ifPresent(
            p -> {
              ReadResult<ProductivityPlan> again = JSON.read(JSON.write(p));
              assertThat(again.hasErrors()).as("%s", again.problems()).isFalse();
              assertThat(again.value()).contains(p);
            });

    ReadResult<CouncilPlan> councilPlan = JSON.readCouncilPlan(new ByteArrayInputStream(data), "fuzz");
    assertWellFormed(councilPlan.problems(), data);
    councilPlan
        .value()
        .ifPresent(
            c -> {
              ReadResult<CouncilPlan> again = JSON.readCouncilPlan(JSON.write(c));
              assertThat(again.hasErrors()).as("%s", again.problems()).isFalse();
              assertThat(again.value()).contains(c);
            });
  }

  /**
   * {@code fmt} never changes the tree: what it would write reads back, as the same kind, to the
   * same value with no error, and is itself canonical; what it refuses is one line naming the file.
   */
  @FuzzTest(maxExecutions = 1_000_000, maxDuration = "20m")
  void fmt(byte[] data) throws IOException {
    Documents.Input input = new Documents.Input("fuzz.json", data, List.of());

    FmtCommand.Outcome outcome = FmtCommand.format(JSON, input);

    if (outcome.problem() != null) {
      assertThat(outcome.problem()).startsWith("fuzz.json").doesNotContain("\n");
      return;
    }
    DocumentKind kind = input.kind();
    Documents.Input written = new Documents.Input("fuzz.json", outcome.canonical(), List.of());
    assertThat(written.kind()).isEqualTo(kind);
    ReadResult<?> before = kind == DocumentKind.COUNCIL_PLAN ? input.readCouncilPlan(JSON) : input.readPlan(JSON);
    ReadResult<?> after =
        kind == DocumentKind.COUNCIL_PLAN ? written.readCouncilPlan(JSON) : written.readPlan(JSON);
    assertThat(after.hasErrors()).as("%s", after.problems()).isFalse();
    assertThat(after.value()).isEqualTo(before.value());
    assertThat(Trees.firstDifference(data, outcome.canonical())).isEmpty();
    FmtCommand.Outcome again = FmtCommand.format(JSON, written);
    assertThat(again.problem()).isNull();
    assertThat(again.same()).as("the canonical form is canonical").isTrue();
  }

  /** Validating whatever reads never makes a built-in rule fail ({@code SDK001}). */
  @FuzzTest(maxExecutions = 1_000_000, maxDuration = "20m")
  void validation(byte[] data) {
    ReadResult<ProductivityPlan> read = JSON.read(new ByteArrayInputStream(data), "fuzz");
    if (read.value().isEmpty()) {
      return;
    }
    ValidationReport report = VALIDATOR.validate(read.value().get(), read.problems(), "fuzz");

    assertThat(report.findings())
        .as("a rule failed")
        .noneMatch(f -> f.ruleId().startsWith("SDK"));
    assertThat(Reports.toJson(List.of(report))).startsWith("{");
    assertThat(Reports.toText(List.of(report), false)).doesNotContain("\u001b", "\u202e");
  }

  /**
   * A problem names its rule, severity and place, in one printable line of the SDK's own words: no
   * word of the JSON library's internals, unless the document itself holds it (a message quotes
   * property names, and the fuzzer learns the words it is compared with).
   */
  static void assertWellFormed(List<Finding> problems, byte[] data) {
    String input = text(data);
    List<String> internals =
        List.of("[Source", "REDACTED", "com.fasterxml", "Exception").stream()
            .filter(word -> !input.contains(word))
            .toList();
    for (Finding p : problems) {
      assertThat(p.ruleId()).matches("IO0[0-9][0-9]");
      assertThat(p.severity()).isNotNull();
      assertThat(p.message()).isNotBlank();
      assertThat(Finding.printable(p.message())).as("one printable line").isEqualTo(p.message());
      internals.forEach(word -> assertThat(p.message()).doesNotContain(word));
      assertThat(p.pointer()).as("a JSON Pointer, its names kept exactly").matches("(?s)|/.*");
      p.line().ifPresent(line -> assertThat(line).isPositive());
      p.column().ifPresent(column -> assertThat(column).isPositive());
    }
  }

  static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }
}
