package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.SourcePositions;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.SpendCategory;

/** Findings name the element they are about, and that identity survives reordering lists. */
class FindingIdentityTest {

  /** Reports the narrative of the consultancy line, wherever the line sits. */
  private static final Rule NARRATIVE_RULE =
      new Rule() {
        @Override
        public RuleInfo info() {
          return RuleInfo.builder()
              .id("TT700")
              .name("consultancy-narrative")
              .summary("Test rule.")
              .category(RuleCategory.SPECIFIED_SPEND)
              .defaultSeverity(Severity.WARNING)
              .guidance("Test")
              .rationale("Test.")
              .build();
        }

        @Override
        public void check(ProductivityPlan plan, RuleContext context) {
          for (int i = 0; i < plan.specifiedSpend().size(); i++) {
            if (plan.specifiedSpend().get(i).id().equals("spend-consultancy")) {
              context.report(
                  JsonPointer.of("specifiedSpend", i, "narrative"), "Line '{0}' says nothing", "x");
            }
          }
        }
      };

  private static SpecifiedSpend line(String id, SpendCategory category) {
    return SpecifiedSpend.builder().id(id).category(category).build();
  }

  private static ProductivityPlan plan(boolean consultancyFirst) {
    List<SpecifiedSpend> lines = new ArrayList<>();
    lines.add(line("spend-agency", SpendCategory.AGENCY_STAFF));
    lines.add(line("spend-consultancy", SpendCategory.CONSULTANCY));
    if (consultancyFirst) {
      lines.add(lines.remove(0));
    }
    return ProductivityPlan.builder().from(Plans.minimal()).specifiedSpend(lines).build();
  }

  private static Finding only(ValidationReport report) {
    return report.findings().stream()
        .filter(f -> f.ruleId().equals("TT700"))
        .findFirst()
        .orElseThrow();
  }

  private static PlanValidator validator(ValidationConfig config) {
    return PlanValidator.builder().addRule(NARRATIVE_RULE).configuration(config).build();
  }

  @Test
  void aFindingNamesItsElementAndKeepsItsFingerprintWhenTheListIsReordered() {
    PlanValidator validator = validator(ValidationConfig.defaults());
    Finding second = only(validator.validate(plan(false)));
    Finding first = only(validator.validate(plan(true)));

    assertThat(second.pointer()).isEqualTo("/specifiedSpend/1/narrative");
    assertThat(first.pointer()).isEqualTo("/specifiedSpend/0/narrative");
    assertThat(second.elementId()).contains("spend-consultancy");
    assertThat(second.elementPointer()).contains("/specifiedSpend/1");
    assertThat(second.fingerprint()).isEqualTo("TT700|spend-consultancy|/narrative");
    assertThat(first.fingerprint()).isEqualTo(second.fingerprint());
  }

  @Test
  void aFindingOutsideAnyElementWithAnIdHasTheWholePointerInItsFingerprint() {
    Finding finding =
        Finding.builder()
            .ruleId("PP130")
            .severity(Severity.ERROR)
            .message("m")
            .pointer("/council/name")
            .build();
    assertThat(finding.elementId()).isEmpty();
    assertThat(finding.fingerprint()).isEqualTo("PP130||/council/name");
  }

  @Test
  void aSuppressionByElementIdHoldsWhateverTheOrderOfTheList() {
    ValidationConfig config =
        ValidationConfig.builder()
            .suppress(
                ValidationConfig.Suppression.ofElement(
                        "TT700", "spend-consultancy", "Said elsewhere")
                    .withPointer("/narrative"))
            .build();
    PlanValidator validator = validator(config);
    for (boolean consultancyFirst : new boolean[] {false, true}) {
      ValidationReport report = validator.validate(plan(consultancyFirst));
      assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("TT700"));
      assertThat(report.suppressedCount()).isEqualTo(1);
      assertThat(report.unusedSuppressions()).isEmpty();
    }
  }

  @Test
  void aSuppressionOfAnotherPartOfTheElementDoesNotMatch() {
    ValidationConfig config =
        ValidationConfig.builder()
            .suppress(
                ValidationConfig.Suppression.ofElement(
                        "TT700", "spend-consultancy", "Said elsewhere")
                    .withPointer("/amount"))
            .build();
    ValidationReport report = validator(config).validate(plan(false));
    assertThat(report.findings()).anyMatch(f -> f.ruleId().equals("TT700"));
    assertThat(report.unusedSuppressions()).hasSize(1);
  }

  @Test
  void findingsTakeTheNearestKnownPositionOfTheirPointer() {
    Map<String, SourcePositions.Position> known =
        Map.of("/specifiedSpend/1", new SourcePositions.Position(12, 7));
    SourcePositions positions = pointer -> Optional.ofNullable(known.get(pointer));
    Finding finding = only(validator(ValidationConfig.defaults()).validate(plan(false), positions));
    assertThat(finding.line()).contains(12);
    assertThat(finding.column()).contains(7);

    Finding unplaced = only(validator(ValidationConfig.defaults()).validate(plan(false)));
    assertThat(unplaced.line()).isEmpty();
  }

  @Test
  void reportsShowTheElementId() {
    ValidationReport report = validator(ValidationConfig.defaults()).validate(plan(false));
    assertThat(Reports.toJson(List.of(report)))
        .contains("\"elementId\": \"spend-consultancy\"")
        .contains("\"fingerprint\": \"TT700|spend-consultancy|/narrative\"");
    assertThat(Reports.toText(List.of(report), false)).contains("element spend-consultancy");
    assertThat(Reports.toSarif(List.of(report), List.of()))
        .contains("\"partialFingerprints\"")
        .contains("TT700|spend-consultancy|/narrative");
  }
}
