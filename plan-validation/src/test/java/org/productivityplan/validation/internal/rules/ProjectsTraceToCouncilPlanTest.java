package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectsTraceToCouncilPlanTest {

  private final ProjectsTraceToCouncilPlan rule = new ProjectsTraceToCouncilPlan();

  @Test
  void projectsThatTracePass() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void aProjectThatTracesToNothingIsInformation() {
    assertThat(check(rule, Plans.withProject(1, p -> p.councilPlanOutcomeIds(List.of()))))
        .containsExactly("INFO /projects/1: Project 'P2' traces to no outcome of the council plan");
  }

  @Test
  void withoutACouncilPlanNothingIsChecked() {
    var plan =
        Plans.edit(
            Plans.withProject(1, p -> p.councilPlanOutcomeIds(List.of())),
            b -> b.councilPlan(Optional.empty()));
    assertThat(check(rule, plan)).isEmpty();
  }
}
