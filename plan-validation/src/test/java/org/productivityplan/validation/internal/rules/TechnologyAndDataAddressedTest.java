package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.ProjectStatus;
import org.productivityplan.model.Theme;

class TechnologyAndDataAddressedTest {

  private final TechnologyAndDataAddressed rule = new TechnologyAndDataAddressed();

  @Test
  void aProjectOrANarrativeAddressesIt() {
    assertThat(check(rule, Plans.completeWith(b -> b.narratives(Map.of())))).isEmpty();
    assertThat(check(rule, Plans.completeWith(b -> b.projects(List.of())))).isEmpty();
  }

  @Test
  void neitherIsReportedAtThePlan() {
    var plan =
        Plans.edit(
            Plans.minimal(),
            b ->
                b.putNarrative(Theme.TRANSFORMING_SERVICES, "Only theme 1.")
                    .addProject(
                        Plans.project("X", ProjectStatus.PLANNED, Theme.TRANSFORMING_SERVICES)));
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING : Theme 2 (technology and data) is not addressed: no narrative and no project"
                + " with this theme");
  }
}
