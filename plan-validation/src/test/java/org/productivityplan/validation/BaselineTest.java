package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.SpendCategory;

/** Reports compared with an earlier report: new, unchanged and absent findings. */
class BaselineTest {

  /** Reports each spend line without a narrative, at its narrative. */
  private static final Rule NARRATIVE_RULE =
      TestRules.rule(
          "TT800",
          Severity.ERROR,
          null,
          (plan, context) -> {
            for (int i = 0; i < plan.specifiedSpend().size(); i++) {
              if (plan.specifiedSpend().get(i).narrative().isEmpty()) {
                context.report(
                    JsonPointer.of("specifiedSpend", i, "narrative"),
                    "Line '{0}' says nothing",
                    plan.specifiedSpend().get(i).id());
              }
            }
          });

  private static SpecifiedSpend line(String id, boolean described) {
    SpecifiedSpend.Builder line = SpecifiedSpend.builder().id(id).category(SpendCategory.OTHER);
    if (described) {
      line.narrative("Explained.");
    }
    return line.build();
  }

  private static ProductivityPlan plan(SpecifiedSpend... lines) {
    return ProductivityPlan.builder().from(Plans.minimal()).specifiedSpend(List.of(lines)).build();
  }

  private static final ProductivityPlan BEFORE = plan(line("a", false), line("b", false));

  /** The revision fixes a, keeps b (moved first), and adds c. */
  private static final ProductivityPlan AFTER =
      plan(line("b", false), line("c", false), line("a", true));

  private static ValidationReport compare(Baseline baseline) {
    return PlanValidator.builder()
        .addRule(NARRATIVE_RULE)
        .baseline(baseline)
        .build()
        .validate(AFTER, List.of(), "somerset.json");
  }

  private static ValidationReport before() {
    return PlanValidator.builder()
        .addRule(NARRATIVE_RULE)
        .build()
        .validate(BEFORE, List.of(), "somerset.json");
  }

  private static void assertComparison(ValidationReport report) {
    Finding b = byElement(report, "b");
    Finding c = byElement(report, "c");
    assertThat(report.hasBaseline()).isTrue();
    assertThat(report.baselineState(b)).contains(BaselineState.UNCHANGED);
    assertThat(report.baselineState(c)).contains(BaselineState.NEW);
    assertThat(report.absentFindings())
        .extracting(f -> f.elementId().orElseThrow())
        .containsExactly("a");
    assertThat(report.newCount(Severity.ERROR)).isEqualTo(1);
    assertThat(report.hasNewAtLeast(Severity.ERROR)).isTrue();
    assertThat(report.newCount(Severity.WARNING)).isZero();
  }

  private static Finding byElement(ValidationReport report, String id) {
    return report.findings().stream()
        .filter(f -> f.elementId().equals(java.util.Optional.of(id)))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aReportInMemoryIsABaseline() {
    assertComparison(compare(Baseline.of(before())));
  }

  @Test
  void aJsonReportIsABaselineAndReorderingChangesNothing() {
    String json = Reports.toJson(List.of(before()));
    assertComparison(compare(Baseline.parse(json)));
  }

  @Test
  void withNothingNewNothingFailsAndTheFixedAreAbsent() {
    ValidationReport report =
        PlanValidator.builder()
            .addRule(NARRATIVE_RULE)
            .baseline(Baseline.of(before()))
            .build()
            .validate(plan(line("b", false), line("a", true)));
    assertThat(report.isValid()).isFalse();
    assertThat(report.hasNewAtLeast(Severity.INFO)).isFalse();
    assertThat(report.absentFindings()).hasSize(1);
  }

  @Test
  void withoutABaselineEveryFindingCountsAsNew() {
    ValidationReport report = before();
    assertThat(report.hasBaseline()).isFalse();
    assertThat(report.baselineState(report.findings().get(0))).isEmpty();
    assertThat(report.newCount(Severity.ERROR)).isEqualTo(2);
  }

  @Test
  void reportsShowTheBaselineStates() {
    ValidationReport report = compare(Baseline.of(before()));
    assertThat(Reports.toJson(List.of(report)))
        .contains("\"baselineState\": \"new\"")
        .contains("\"baselineState\": \"unchanged\"")
        .contains("\"baselineState\": \"absent\"");
    assertThat(Reports.toSarif(List.of(report), List.of()))
        .contains("\"baselineState\": \"absent\"");
    assertThat(Reports.toText(List.of(report), false))
        .contains("(new)")
        .containsPattern("Since the baseline: 1 new, [0-9]+ unchanged, 1 absent")
        .contains("    absent  TT800  Line 'a' says nothing");
  }

  @Test
  void aBaselineThatIsNotAReportIsRefusedWithItsPlace() {
    assertThatThrownBy(() -> Baseline.parse("{\"reports\": [{\"findings\": [{\"ruleId\": 3}]}]}"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("/reports/0/findings/0/ruleId")
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> Baseline.parse("{\"rules\": []}"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("\"reports\"");
  }

  @Test
  void aBaselineOfSeveralPlansAppliesToEachByItsSource() {
    ValidationReport other = before().withSource("plans/devon.json");
    ValidationReport mine = before().withSource("plans/somerset.json");
    Baseline baseline = Baseline.parse(Reports.toJson(List.of(other, mine)));
    assertThat(baseline.findingsFor("somerset.json")).hasSize(mine.findings().size());
    assertThat(baseline.findingsFor("somerset.json")).containsKey("TT800|a|/narrative");
    assertThat(baseline.findingsFor("elsewhere.json")).isEmpty();
  }

  @Test
  void equalReportsAreEqual() {
    assertThat(before()).isEqualTo(before()).hasSameHashCodeAs(before());
    assertThat(before()).isNotEqualTo(before().withSource("other.json"));
  }
}
