package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Measure;
import org.productivityplan.model.MeasuredOutcome;
import org.productivityplan.model.Saving;

class ProjectBenefitsStatedTest {

  private final ProjectBenefitsStated rule = new ProjectBenefitsStated();

  @Test
  void aSavingWithAnAmountOrAMeasuredOutcomeStatesABenefit() {
    assertThat(check(rule, Plans.complete())).isEmpty();
    // Somerset, July 2024: "95 additional individuals annually can stay at home".
    var outcomeOnly =
        Plans.withProject(
            0,
            p ->
                p.savings(List.of())
                    .addOutcome(
                        MeasuredOutcome.builder()
                            .description("Additional individuals annually who can stay at home")
                            .measure(
                                Measure.builder()
                                    .value(BigDecimal.valueOf(95))
                                    .unit("individuals a year")
                                    .build())
                            .build()));
    assertThat(check(rule, outcomeOnly)).isEmpty();
  }

  /**
   * Sefton, July 2024: "These projects address approximately 75% of council spend" is their scope,
   * and "reduced administrative burden" (Somerset) an outcome in words: neither states a figure.
   */
  @Test
  void outcomesInWordsAndSavingsWithoutAmountsAreNotStatedBenefits() {
    var plan =
        Plans.withProject(
            0,
            p ->
                p.savings(List.of(Saving.builder().description("Savings to be identified").build()))
                    .addOutcome(
                        MeasuredOutcome.builder().description("Reduced administrative burden").build()));
    assertThat(check(rule, plan))
        .containsExactly(
            "INFO /projects/0: Project 'P1' names its benefits but gives no amount of saving or"
                + " measured value");
  }

  @Test
  void aProjectWithNeitherIsReportedAsInformation() {
    assertThat(check(rule, Plans.withProject(0, p -> p.savings(List.of()))))
        .containsExactly(
            "INFO /projects/0: Project 'P1' states neither a saving nor a measured outcome");
  }
}
