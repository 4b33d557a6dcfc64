package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.MeasuredOutcome;

class ProjectBenefitsStatedTest {

  private final ProjectBenefitsStated rule = new ProjectBenefitsStated();

  @Test
  void aSavingOrAnOutcomeStatesABenefit() {
    assertThat(check(rule, Plans.complete())).isEmpty();
    var outcomeOnly =
        Plans.withProject(
            0,
            p ->
                p.savings(List.of())
                    .addOutcome(MeasuredOutcome.builder().description("Faster decisions").build()));
    assertThat(check(rule, outcomeOnly)).isEmpty();
  }

  @Test
  void aProjectWithNeitherIsReportedAsInformation() {
    assertThat(check(rule, Plans.withProject(0, p -> p.savings(List.of()))))
        .containsExactly(
            "INFO /projects/0: Project 'P1' states neither a saving nor a measured outcome");
  }
}
