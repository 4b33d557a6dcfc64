package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Council;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;

/**
 * Proves that the model's Bean Validation constraints really fire through the engine, once each, at
 * a JSON Pointer of JSON names. Without the accessor-naming strategy these would find nothing.
 */
class BeanValidationTest {

  private final PlanValidator validator = PlanValidator.builder().build();

  private static List<Finding> byRule(ValidationReport report, String ruleId) {
    return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  @Test
  void aWellFormedPlanViolatesNoConstraint() {
    ValidationReport report = validator.validate(Plans.minimal());

    assertThat(byRule(report, "PP001")).isEmpty();
    assertThat(byRule(report, "PP005")).isEmpty();
    assertThat(byRule(report, "SDK003")).isEmpty();
  }

  @Test
  void aMalformedGssCodeIsOnePp001FindingAtItsPointer() {
    ValidationReport report =
        validator.validate(Plans.withCouncil(Plans.council("Somerset Council", "X06000066")));

    List<Finding> findings = byRule(report, "PP001");
    assertThat(findings).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.pointer()).isEqualTo("/council/gssCode");
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.message()).contains("'X06000066'");
    assertThat(finding.arguments()).containsExactly("X06000066");
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void aMalformedGssCodeOfAPredecessorPointsIntoTheList() {
    Council council =
        Council.builder()
            .name("Somerset Council")
            .gssCode("E06000066")
            .addPredecessors(Plans.council("Somerset County Council", "E10000027"))
            .addPredecessors(Plans.council("Mendip", "E0700018"))
            .addPredecessors(Plans.council("Sedgemoor", "E07000188"))
            .build();

    List<Finding> findings = byRule(validator.validate(Plans.withCouncil(council)), "PP001");

    assertThat(findings)
        .extracting(Finding::pointer)
        .containsExactly("/council/predecessors/1/gssCode");
  }

  @Test
  void aPageCountOfZeroIsOnePp005Finding() {
    ValidationReport report = validator.validate(Plans.withPageCount(0));

    assertThat(byRule(report, "PP005"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.pointer()).isEqualTo("/documentControl/pageCount");
              assertThat(f.arguments()).containsExactly("0");
            });
  }

  @Test
  void aPositivePageCountIsFine() {
    assertThat(byRule(validator.validate(Plans.withPageCount(4)), "PP005")).isEmpty();
  }

  @Test
  void constraintFindingsFollowTheConfiguration() {
    ValidationReport disabled =
        PlanValidator.builder()
            .configuration(ValidationConfig.builder().disable("PP005").build())
            .build()
            .validate(Plans.withPageCount(0));
    ValidationReport regraded =
        PlanValidator.builder()
            .configuration(ValidationConfig.builder().severity("PP005", Severity.INFO).build())
            .build()
            .validate(Plans.withPageCount(0));

    assertThat(byRule(disabled, "PP005")).isEmpty();
    assertThat(byRule(regraded, "PP005"))
        .extracting(Finding::severity)
        .containsExactly(Severity.INFO);
  }
}
