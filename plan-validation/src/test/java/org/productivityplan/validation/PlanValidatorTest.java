package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;

class PlanValidatorTest {

  private static final ProductivityPlan PLAN = Plans.minimal();

  private static PlanValidator.Builder with(Rule... rules) {
    PlanValidator.Builder builder = TestRules.engine();
    for (Rule rule : rules) {
      builder.addRule(rule);
    }
    return builder;
  }

  private static List<String> ids(ValidationReport report) {
    return report.findings().stream().map(Finding::ruleId).toList();
  }

  @Test
  void aFindingCarriesTheRulesMetadataAndTheFormattedMessage() {
    Rule rule =
        TestRules.rule(
            "TT101",
            Severity.WARNING,
            Theme.TECHNOLOGY_AND_DATA,
            (plan, context) -> context.report("/kpis/3", "KPI '{0}' has {1} values", "K1", 12));

    ValidationReport report = with(rule).build().validate(PLAN);

    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("TT101");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).isEqualTo("KPI 'K1' has 12 values");
              assertThat(f.messageKey()).isEqualTo("TT101");
              assertThat(f.arguments()).containsExactly("K1", "12");
              assertThat(f.pointer()).isEqualTo("/kpis/3");
              assertThat(f.theme()).contains(Theme.TECHNOLOGY_AND_DATA);
              assertThat(f.guidance()).contains("test guidance §TT101");
            });
    assertThat(report.council()).contains("Somerset Council");
    assertThat(report.title()).contains("Productivity Plan");
    assertThat(report.profile()).contains("dluhc-2024");
  }

  @Test
  void argumentsAreWrittenAsCodesAndPlainDecimals() {
    Rule rule =
        TestRules.rule(
            "TT102",
            Severity.WARNING,
            null,
            (plan, context) ->
                context.report(
                    "",
                    "{0}: {1}% of {2} pounds",
                    Theme.REDUCING_WASTEFUL_SPEND,
                    new java.math.BigDecimal("0.0312345"),
                    13_100_000));

    Finding finding = with(rule).build().validate(PLAN).findings().get(0);

    assertThat(finding.message())
        .isEqualTo("reducingWastefulSpend: 0.0312345% of 13,100,000 pounds");
    assertThat(finding.arguments())
        .containsExactly("reducingWastefulSpend", "0.0312345", "13100000");
  }

  @Test
  void validityAndCompletenessFollowTheSeverities() {
    ValidationReport none = with(TestRules.silent("TT001")).build().validate(PLAN);
    ValidationReport info =
        with(TestRules.reporting("TT001", Severity.INFO, "")).build().validate(PLAN);
    ValidationReport warning =
        with(TestRules.reporting("TT001", Severity.WARNING, "")).build().validate(PLAN);
    ValidationReport error =
        with(TestRules.reporting("TT001", Severity.ERROR, "")).build().validate(PLAN);

    assertThat(none.isValid()).isTrue();
    assertThat(none.isComplete()).isTrue();
    assertThat(info.isComplete()).isTrue();
    assertThat(info.hasAtLeast(Severity.INFO)).isTrue();
    assertThat(info.hasAtLeast(Severity.WARNING)).isFalse();
    assertThat(warning.isValid()).isTrue();
    assertThat(warning.isComplete()).isFalse();
    assertThat(warning.hasAtLeast(Severity.WARNING)).isTrue();
    assertThat(error.isValid()).isFalse();
    assertThat(error.isComplete()).isFalse();
    assertThat(error.hasAtLeast(Severity.ERROR)).isTrue();
  }

  @Test
  void aRuleMayReportAtAnotherSeverityButTheConfigurationWins() {
    Rule rule =
        TestRules.rule(
            "TT160",
            Severity.WARNING,
            null,
            (plan, context) -> context.report(Severity.INFO, "", "Draft without endorsement"));

    ValidationReport asReported = with(rule).build().validate(PLAN);
    ValidationReport configured =
        with(rule)
            .configuration(TestRules.config().severity("TT160", Severity.ERROR).build())
            .build()
            .validate(PLAN);

    assertThat(asReported.findings()).extracting(Finding::severity).containsExactly(Severity.INFO);
    assertThat(configured.findings()).extracting(Finding::severity).containsExactly(Severity.ERROR);
  }

  @Test
  void findingsAreSortedBySeverityThenPointerInDocumentOrderThenRuleId() {
    Rule many =
        TestRules.rule(
            "TT200",
            Severity.WARNING,
            null,
            (plan, context) -> {
              context.report("/projects/10", "ten");
              context.report("/projects/2", "two");
              context.report(Severity.ERROR, "/title", "error");
              context.report("", "root");
              context.report(Severity.INFO, "/council", "info");
            });
    Rule other = TestRules.reporting("TT100", Severity.WARNING, "/projects/2");

    ValidationReport report = with(many, other).build().validate(PLAN);

    assertThat(report.findings())
        .extracting(f -> f.severity() + " " + f.pointer() + " " + f.ruleId())
        .containsExactly(
            "ERROR /title TT200",
            "WARNING  TT200",
            "WARNING /projects/2 TT100",
            "WARNING /projects/2 TT200",
            "WARNING /projects/10 TT200",
            "INFO /council TT200");
  }

  @Test
  void countsCoverSeveritiesAndThemes() {
    Rule themed =
        TestRules.rule(
            "TT300",
            Severity.WARNING,
            Theme.REDUCING_WASTEFUL_SPEND,
            (plan, context) -> {
              context.report("/specifiedSpend/0", "a");
              context.report("/specifiedSpend/1", "b");
            });
    Rule general = TestRules.reporting("TT301", Severity.ERROR, "");

    ValidationReport report = with(themed, general).build().validate(PLAN);

    assertThat(report.count(Severity.ERROR)).isEqualTo(1);
    assertThat(report.count(Severity.WARNING)).isEqualTo(2);
    assertThat(report.count(Severity.INFO)).isZero();
    assertThat(report.countsByTheme())
        .containsExactly(java.util.Map.entry(Theme.REDUCING_WASTEFUL_SPEND, 2));
  }

  @Test
  void aRuleThatThrowsIsAnErroredRuleNeverAPass() {
    ValidationReport report =
        with(TestRules.throwing("TT400"), TestRules.silent("TT401")).build().validate(PLAN);

    assertThat(report.isValid()).isFalse();
    assertThat(report.erroredRules()).containsExactly("TT400");
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("SDK001");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("TT400", "java.lang.IllegalStateException", "boom");
            });
  }

  @Test
  void aMalformedPointerOrMessageMakesTheRuleErrored() {
    Rule badPointer =
        TestRules.rule(
            "TT410",
            Severity.WARNING,
            null,
            (plan, context) -> context.report("projects/0", "no slash"));
    Rule badPattern =
        TestRules.rule(
            "TT411",
            Severity.WARNING,
            null,
            (plan, context) -> context.report("", "needs {1} but has one argument", "x"));
    Rule badEscape =
        TestRules.rule(
            "TT412",
            Severity.WARNING,
            null,
            (plan, context) -> context.report("/a~2b", "bad escape"));

    ValidationReport report = with(badPointer, badPattern, badEscape).build().validate(PLAN);

    assertThat(report.erroredRules()).containsExactly("TT410", "TT411", "TT412");
    assertThat(ids(report)).containsExactly("SDK001", "SDK001", "SDK001");
  }

  @Test
  void aCheckedExceptionThrownSneakilyIsAnErroredRule() {
    Rule sneaky =
        TestRules.rule(
            "TT413",
            Severity.WARNING,
            null,
            (plan, context) ->
                PlanValidatorTest.<RuntimeException>sneakyThrow(
                    new java.io.IOException("disk gone")));

    ValidationReport report = with(sneaky).build().validate(PLAN);

    assertThat(report.erroredRules()).containsExactly("TT413");
    assertThat(report.findings().get(0).message()).contains("java.io.IOException: disk gone");
    assertThat(report.isValid()).isFalse();
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneakyThrow(Throwable e) throws T {
    throw (T) e;
  }

  @Test
  void aQuoteInAMessageIsKeptAndItsPlaceholderFilled() {
    Rule quoting =
        TestRules.rule(
            "TT414",
            Severity.WARNING,
            null,
            (plan, context) -> context.report("/title", "Title '{0}' is odd", plan.title()));

    ValidationReport report = with(quoting).build().validate(PLAN);

    assertThat(report.findings().get(0).message()).isEqualTo("Title 'Productivity Plan' is odd");
  }

  @Test
  void aRuleTakingAReadingProblemsIdIsRefused() {
    Rule io = TestRules.rule("IO001", Severity.WARNING, null, (plan, context) -> {});
    assertThatThrownBy(() -> with(io).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IO001")
        .hasMessageContaining("reserved");
  }

  @Test
  void aSuppressionWithAMalformedPointerIsRefused() {
    assertThatThrownBy(() -> ValidationConfig.Suppression.ofPointer("PP130", "/a~2b", "why"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'/a~2b'");
  }

  @Test
  void anErroredRuleIsDescribedOnOneLine() {
    Rule rule =
        TestRules.rule(
            "TT420",
            Severity.WARNING,
            null,
            (plan, context) -> {
              throw new IllegalArgumentException("first line\nsecond line " + "x".repeat(500));
            });

    Finding finding = with(rule).build().validate(PLAN).findings().get(0);

    assertThat(finding.message()).contains("first line").doesNotContain("second line", "\n");
  }

  @Test
  void aDisabledRuleDoesNotRun() {
    List<String> ran = new ArrayList<>();
    Rule rule = TestRules.rule("TT500", Severity.ERROR, null, (plan, context) -> ran.add("ran"));

    with(rule).configuration(TestRules.config().disable("TT500").build()).build().validate(PLAN);

    assertThat(ran).isEmpty();
  }

  @Test
  void aSuppressionRemovesOnlyTheFindingAtItsPointer() {
    Rule rule =
        TestRules.rule(
            "TT600",
            Severity.ERROR,
            null,
            (plan, context) -> {
              context.report("/kpis/0", "first");
              context.report("/kpis/1", "second");
            });
    ValidationConfig config =
        TestRules.config().suppress("TT600", "/kpis/0", "Measured by the county").build();

    ValidationReport report = with(rule).configuration(config).build().validate(PLAN);

    assertThat(report.findings()).extracting(Finding::pointer).containsExactly("/kpis/1");
    assertThat(report.suppressedCount()).isEqualTo(1);
    assertThat(report.unusedSuppressions()).isEmpty();
  }

  @Test
  void aSuppressionLimitedToAFileAppliesToThatFileOnly() {
    PlanValidator validator =
        with(TestRules.reporting("TT650", Severity.WARNING, "/kpis/0"))
            .configuration(
                TestRules.config()
                    .suppress("TT650", "/kpis/0", "Somerset measures it elsewhere", "somerset.json")
                    .build())
            .build();

    ValidationReport somerset = validator.validate(PLAN, List.of(), "plans/somerset.json");
    ValidationReport devon = validator.validate(PLAN, List.of(), "plans/devon.json");
    ValidationReport unnamed = validator.validate(PLAN);

    assertThat(somerset.source()).contains("plans/somerset.json");
    assertThat(ids(somerset)).isEmpty();
    assertThat(somerset.suppressedCount()).isEqualTo(1);
    assertThat(ids(devon)).containsExactly("TT650");
    assertThat(devon.unusedSuppressions()).isEmpty();
    assertThat(ids(unnamed)).containsExactly("TT650");
  }

  @Test
  void aSuppressionMatchesAFileByItsWholeName() {
    ValidationConfig.Suppression suppression =
        ValidationConfig.Suppression.ofPointer("TT650", "", "why").withSource("somerset.json");

    assertThat(suppression.appliesTo("somerset.json")).isTrue();
    assertThat(suppression.appliesTo("plans/somerset.json")).isTrue();
    assertThat(suppression.appliesTo("C:\\plans\\somerset.json")).isTrue();
    assertThat(suppression.appliesTo("plans/north-somerset.json")).isFalse();
    assertThat(suppression.appliesTo(null)).isFalse();
    assertThat(ValidationConfig.Suppression.ofPointer("TT650", "", "why").appliesTo(null)).isTrue();
  }

  @Test
  void anUnusedSuppressionIsReported() {
    ValidationConfig config =
        TestRules.config().suppress("TT700", "/kpis/9", "No longer applies").build();

    ValidationReport report =
        with(TestRules.reporting("TT700", Severity.WARNING, "/kpis/0"))
            .configuration(config)
            .build()
            .validate(PLAN);

    assertThat(report.unusedSuppressions()).containsExactly(config.suppressions().get(0));
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("SDK002"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.pointer()).isEqualTo("/kpis/9");
              assertThat(f.message()).contains("TT700", "/kpis/9");
            });
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("TT700")).hasSize(1);
  }

  @Test
  void theCapKeepsTheMostSeriousFindingsAndCountsThemAll() {
    Rule many =
        TestRules.rule(
            "TT800",
            Severity.WARNING,
            null,
            (plan, context) -> {
              for (int i = 0; i < 50; i++) {
                context.report(JsonPointer.of("kpis", i), "kpi {0}", i);
              }
              context.report(Severity.ERROR, "/kpis/49", "the error");
            });

    ValidationReport report = with(many).maxFindings(10).build().validate(PLAN);

    assertThat(report.findings()).hasSize(10);
    assertThat(report.isTruncated()).isTrue();
    assertThat(report.totalFindings()).isEqualTo(51);
    assertThat(report.count(Severity.WARNING)).isEqualTo(50);
    assertThat(report.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(report.findings().get(9).pointer()).isEqualTo("/kpis/8");
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void anUntruncatedReportSaysSo() {
    ValidationReport report =
        with(TestRules.reporting("TT801", Severity.INFO, "")).build().validate(PLAN);

    assertThat(report.isTruncated()).isFalse();
    assertThat(report.totalFindings()).isEqualTo(1);
  }

  @Test
  void readProblemsShareTheReport() {
    Finding problem =
        Finding.builder()
            .ruleId("IO004")
            .severity(Severity.ERROR)
            .message("unknown code 'x'")
            .pointer("/status")
            .line(3)
            .column(13)
            .build();

    ValidationReport report =
        with(TestRules.reporting("TT900", Severity.WARNING, ""))
            .build()
            .validate(PLAN, List.of(problem));

    assertThat(ids(report)).containsExactly("IO004", "TT900");
    assertThat(report.findings().get(0).line()).contains(3);
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void aReportOfProblemsOnlyHasNoPlan() {
    Finding problem =
        Finding.builder().ruleId("IO001").severity(Severity.ERROR).message("not JSON").build();

    ValidationReport report = ValidationReport.ofProblems(List.of(problem)).withSource("a.json");

    assertThat(report.isValid()).isFalse();
    assertThat(report.source()).contains("a.json");
    assertThat(report.council()).isEmpty();
    assertThat(report.profile()).isEmpty();
    assertThat(report.findings()).containsExactly(problem);
  }

  @Test
  void anUnknownProfileIsAnErrorNamingTheKnownOnes() {
    assertThatThrownBy(() -> PlanValidator.builder().profile("dluhc-2042").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'dluhc-2042'")
        .hasMessageContaining("dluhc-2024");
  }

  @Test
  void aConfigurationNamingAnUnknownRuleIsRejected() {
    ValidationConfig config =
        ValidationConfig.builder().disable("TT999").suppress("TT998", "", "typo").build();

    assertThatThrownBy(() -> with(TestRules.silent("TT001")).configuration(config).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TT998, TT999")
        .hasMessageContaining("TT001");
  }

  @Test
  void twoRulesWithOneIdAreRejected() {
    assertThatThrownBy(() -> with(TestRules.silent("TT001"), TestRules.silent("TT001")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TT001");
  }

  @Test
  void engineIdsAreReserved() {
    assertThatThrownBy(() -> with(TestRules.silent("SDK009")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reserved");
  }

  @Test
  void rulesAreListedSortedById() {
    PlanValidator validator = with(TestRules.silent("TT002"), TestRules.silent("TT001")).build();

    assertThat(validator.rules()).extracting(RuleInfo::id).contains("TT001", "TT002");
    assertThat(validator.rules()).extracting(RuleInfo::id).isSorted();
    assertThat(validator.profile()).isEqualTo("dluhc-2024");
  }

  @Test
  void theStandardValidatorIsBuiltOnce() {
    assertThat(PlanValidator.standard()).isSameAs(PlanValidator.standard());
  }

  @Test
  void oneValidatorServesManyThreadsAlike() throws Exception {
    Rule rule =
        TestRules.rule(
            "TT950",
            Severity.WARNING,
            null,
            (plan, context) -> {
              for (int i = 0; i < 20; i++) {
                context.report(JsonPointer.of("projects", i), "p{0}", i);
              }
            });
    PlanValidator validator = with(rule).build();
    List<Finding> expected = validator.validate(PLAN).findings();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Finding>>> futures = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        futures.add(pool.submit(() -> validator.validate(PLAN).findings()));
      }
      for (Future<List<Finding>> future : futures) {
        assertThat(future.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
