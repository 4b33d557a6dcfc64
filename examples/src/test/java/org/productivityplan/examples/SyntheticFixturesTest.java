package org.productivityplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.RuleInfo;
import org.productivityplan.validation.ValidationReport;

/** What each synthetic fixture is for, checked against the reader and the validator. */
class SyntheticFixturesTest {

  /**
   * Rules that cannot fire alone, and what fires with them (see the README of the synthetic
   * fixtures): with no project tagged technology and data, PP120 fires whenever PP102 does; a plan
   * with no spend line reports none of the four specified spends; a current project linked to no
   * KPI and with no measurable benefit (PP153) states no benefit either (PP113).
   */
  private static final Map<String, Set<String>> UNAVOIDABLE =
      Map.of(
          "PP102", Set.of("PP102", "PP120"),
          "PP103", Set.of("PP103", "PP130", "PP131", "PP132", "PP133"),
          "PP153", Set.of("PP113", "PP153"));

  /**
   * "Today" for the one rule that depends on the date (PP154): 1 September 2025, after the twelve
   * months that follow the fixtures' publication on 17 July 2024.
   */
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2025-09-01T12:00:00Z"), ZoneOffset.UTC);

  private static final PlanValidator VALIDATOR = PlanValidator.builder().clock(TODAY).build();

  static Stream<Example> ruleFixtures() {
    return ExamplePlans.syntheticExamples().stream().filter(e -> e.name().startsWith("rule-"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleFixtures")
  void eachRuleFixtureTriggersExactlyItsRule(Example example) throws IOException {
    String ruleId = example.name().substring("rule-".length());
    assertThat(example.read().problems()).as("problems reading " + example.name()).isEmpty();

    ValidationReport report = VALIDATOR.validate(example.plan());

    assertThat(ruleIds(report))
        .as("rules fired by %s:%n%s", example.name(), describe(report.findings()))
        .isEqualTo(new TreeSet<>(UNAVOIDABLE.getOrDefault(ruleId, Set.of(ruleId))));
    assertThat(RealPlanFindingsTest.lines(report))
        .as("findings on %s (rule, severity, pointer)", example.name())
        .isEqualTo(expectedFindings(example.name()));
  }

  /** The expected findings of a synthetic fixture, from expected/synthetic.findings.txt. */
  private static List<String> expectedFindings(String fixture) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line :
        Files.readAllLines(Path.of("src/test/resources/expected/synthetic.findings.txt"))) {
      if (line.startsWith(fixture + " ")) {
        lines.add(line.substring(fixture.length() + 1));
      }
    }
    return lines;
  }

  @Test
  void everyRuleOfTheProfileHasItsFixture() {
    Set<String> rules =
        VALIDATOR.rules().stream().map(RuleInfo::id).collect(Collectors.toCollection(TreeSet::new));
    Set<String> fixtures =
        ruleFixtures()
            .map(e -> e.name().substring("rule-".length()))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(rules).isNotEmpty();
    assertThat(fixtures).isEqualTo(rules);
  }

  @Test
  void completeMeetsEveryRuleWithNoFindingAtAll() {
    Example complete = ExamplePlans.example("complete");
    assertThat(complete.read().problems()).isEmpty();

    ValidationReport report = VALIDATOR.validate(complete.plan());

    assertThat(report.findings()).as(describe(report.findings())).isEmpty();
    assertThat(report.isValid()).isTrue();
    assertThat(report.isComplete()).isTrue();
  }

  @Test
  void theUpdateAYearOnFiresOnlyThePageCountRule() {
    Example update = ExamplePlans.example("complete-2025-update");
    assertThat(update.read().problems()).isEmpty();

    ValidationReport report = VALIDATOR.validate(update.plan());

    // Six pages now: the one finding, which plan diff reports as new against complete.
    assertThat(ruleIds(report)).as(describe(report.findings())).containsExactly("PP164");
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void minimalDraftLoadsAndIsValidButNotComplete() throws IOException {
    Example draft = ExamplePlans.example("minimal-draft");
    assertThat(draft.read().problems()).isEmpty();

    ValidationReport report = VALIDATOR.validate(draft.plan());

    assertThat(report.isValid()).as(describe(report.findings())).isTrue();
    assertThat(report.isComplete()).isFalse();
    assertThat(RealPlanFindingsTest.lines(report)).isEqualTo(expectedFindings("minimal-draft"));
    assertThat(report.count(Severity.ERROR)).isZero();
    assertThat(report.count(Severity.WARNING)).isPositive();
    // A draft without endorsement is told so as information only, not as a warning.
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("PP160"))
        .extracting(Finding::severity)
        .containsExactly(Severity.INFO);
  }

  @Test
  void progressUpdateIsOnlyDueTwelveMonthsAfterPublication() {
    ProductivityPlan noUpdate = ExamplePlans.synthetic("rule-PP154");
    Clock withinTheYear = Clock.fixed(Instant.parse("2025-07-17T12:00:00Z"), ZoneOffset.UTC);
    Clock dayAfter = Clock.fixed(Instant.parse("2025-07-18T12:00:00Z"), ZoneOffset.UTC);

    assertThat(PlanValidator.builder().clock(withinTheYear).build().validate(noUpdate).findings())
        .isEmpty();
    assertThat(PlanValidator.builder().clock(dayAfter).build().validate(noUpdate).findings())
        .extracting(Finding::ruleId)
        .containsExactly("PP154");
    // And on the machine's own date, which is after July 2025 for anyone running this now.
    assertThat(ruleIds(PlanValidator.standard().validate(noUpdate))).containsExactly("PP154");
  }

  private static final List<String> UNKNOWN_POINTERS =
      List.of(
          "/council/region",
          "/internalReference",
          "/kpis/0/tags",
          "/projects/1/budget",
          "/projects/1/milestones/0/owner",
          "/specifiedSpend/0/supplierCount");

  @Test
  void unknownPropertiesAreKeptByALenientRead() {
    Example example = ExamplePlans.example("unknown-properties");
    ReadResult<ProductivityPlan> result = example.read();

    assertThat(result.hasErrors()).isFalse();
    assertThat(result.problems())
        .extracting(Finding::pointer)
        .containsExactlyInAnyOrderElementsOf(UNKNOWN_POINTERS);
    assertThat(result.problems())
        .allSatisfy(
            p -> {
              assertThat(p.ruleId()).isEqualTo("IO026");
              assertThat(p.severity()).isEqualTo(Severity.INFO);
              assertThat(p.line()).isPresent();
            });

    ProductivityPlan plan = example.plan();
    assertThat(plan.unknownProperties()).containsOnlyKeys("internalReference");
    assertThat(plan.council().unknownProperties()).containsOnlyKeys("region");
    assertThat(plan.council().unknownProperties().get("region").json()).contains("South West");
    assertThat(plan.projects().get(1).unknownProperties()).containsOnlyKeys("budget");
    assertThat(plan.projects().get(1).milestones().get(0).unknownProperties())
        .containsOnlyKeys("owner");
    assertThat(plan.kpis().get(0).unknownProperties()).containsOnlyKeys("tags");
    assertThat(plan.specifiedSpend().get(0).unknownProperties()).containsOnlyKeys("supplierCount");
    // Apart from what it adds, it is the complete plan: the validator finds nothing.
    assertThat(VALIDATOR.validate(plan).findings()).isEmpty();
  }

  @Test
  void unknownPropertiesAreEachRefusedByAStrictRead() {
    PlanJson strict = PlanJson.builder().strict(true).build();
    Example example = ExamplePlans.example("unknown-properties");

    ReadResult<ProductivityPlan> result =
        strict.read(new StringReader(example.json()), example.resource());

    assertThat(result.hasErrors()).isTrue();
    assertThat(result.problems())
        .filteredOn(p -> p.severity() == Severity.ERROR)
        .extracting(Finding::pointer)
        .containsExactlyInAnyOrderElementsOf(UNKNOWN_POINTERS);
  }

  @Test
  void aFutureMajorVersionIsRefusedWithOneClearProblem() {
    Example example = ExamplePlans.example("future-major");
    assertThat(example.json()).contains("\"schemaVersion\": \"2.0\"");

    ReadResult<ProductivityPlan> result = example.read();

    assertThat(result.value()).isEmpty();
    assertThat(result.problems()).hasSize(1);
    Finding problem = result.problems().get(0);
    assertThat(problem.ruleId()).isEqualTo("IO009");
    assertThat(problem.severity()).isEqualTo(Severity.ERROR);
    assertThat(problem.pointer()).isEqualTo("/schemaVersion");
    assertThat(problem.line()).contains(2);
    assertThat(problem.message()).contains("2.0").contains("1.x");
    assertThat(result.source())
        .isEqualTo("org/productivityplan/examples/synthetic/future-major.json");
  }

  private static Set<String> ruleIds(ValidationReport report) {
    return report.findings().stream()
        .map(Finding::ruleId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static String describe(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.ruleId() + " " + f.severity().code() + " '" + f.pointer() + "' " + f.message())
        .collect(Collectors.joining("\n"));
  }
}
