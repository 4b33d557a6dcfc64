package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Theme;

class TechnologyInitiativeDescribedTest {

  private final TechnologyInitiativeDescribed rule = new TechnologyInitiativeDescribed();

  @Test
  void aProjectWithTheThemePasses() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void aNarrativeAloneIsNotAnInitiative() {
    var plan = Plans.withProject(1, p -> p.themes(List.of(Theme.REDUCING_WASTEFUL_SPEND)));
    assertThat(plan.narrative(Theme.TECHNOLOGY_AND_DATA)).isPresent();
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING /projects: The plan describes no data or technology initiative: no project has"
                + " the theme technology and data");
  }

  @Test
  void noProjectsAtAllIsReportedAtThePlan() {
    assertThat(check(rule, Plans.minimal())).singleElement().asString().startsWith("WARNING : ");
  }
}
