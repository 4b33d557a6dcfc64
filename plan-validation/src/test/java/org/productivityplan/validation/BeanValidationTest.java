package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Council;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.Money;
import org.productivityplan.model.Percentage;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.SpendCategory;
import org.productivityplan.model.TransformationProject;

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

  private static ProductivityPlan withSpend(SpecifiedSpend line) {
    return ProductivityPlan.builder().from(Plans.minimal()).addSpecifiedSpend(line).build();
  }

  @Test
  void aNegativeAmountIsOnePp005FindingAtTheAmountThoughRuleAndConstraintBothSeeIt() {
    SpecifiedSpend line =
        SpecifiedSpend.builder()
            .id("spend-consultancy")
            .category(SpendCategory.CONSULTANCY)
            .amount(Money.ofPounds(-5))
            .build();
    assertThat(byRule(validator.validate(withSpend(line)), "PP005"))
        .singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/specifiedSpend/0/amount"));
  }

  @Test
  void aShareAboveTheWholeIsOnePp005Finding() {
    SpecifiedSpend line =
        SpecifiedSpend.builder()
            .id("spend-facility")
            .category(SpendCategory.TRADE_UNION_FACILITY_TIME)
            .shareOfPayBill(Percentage.of(new java.math.BigDecimal("120")))
            .build();
    assertThat(byRule(validator.validate(withSpend(line)), "PP005"))
        .singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/specifiedSpend/0/shareOfPayBill"));
  }

  @Test
  void aBlankIdIsOnePp007FindingAndABlankCouncilNameOnePp001Finding() {
    SpecifiedSpend line =
        SpecifiedSpend.builder().id(" ").category(SpendCategory.CONSULTANCY).build();
    assertThat(byRule(validator.validate(withSpend(line)), "PP007"))
        .singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/specifiedSpend/0/id"));

    ValidationReport blankName =
        validator.validate(Plans.withCouncil(Plans.council(" ", "E06000066")));
    assertThat(byRule(blankName, "PP001"))
        .singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/council/name"));
    assertThat(byRule(blankName, "PP007")).isEmpty();
  }

  @Test
  void aBlankMilestoneIdThatNoRuleChecksIsStillReportedOnce() {
    ProductivityPlan plan =
        ProductivityPlan.builder()
            .from(Plans.minimal())
            .addProjects(
                TransformationProject.builder()
                    .id("p1")
                    .name("Project")
                    .addMilestones(Milestone.builder().id("").description("Go live").build())
                    .build())
            .build();
    assertThat(byRule(validator.validate(plan), "PP007"))
        .filteredOn(f -> f.pointer().startsWith("/projects/0/milestones/0"))
        .singleElement()
        .satisfies(f -> assertThat(f.elementId()).contains("p1"));
  }
}
