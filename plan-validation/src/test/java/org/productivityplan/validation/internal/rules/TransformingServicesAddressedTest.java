package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.ProjectStatus;
import org.productivityplan.model.Theme;

class TransformingServicesAddressedTest {

  private final TransformingServicesAddressed rule = new TransformingServicesAddressed();

  @Test
  void aProjectWithTheThemeAddressesIt() {
    var plan = Plans.completeWith(b -> b.narratives(Map.of()));
    assertThat(check(rule, plan)).isEmpty();
  }

  @Test
  void aNarrativeAloneAddressesIt() {
    assertThat(check(rule, Plans.completeWith(b -> b.projects(List.of())))).isEmpty();
  }

  @Test
  void neitherNarrativeNorProjectIsReportedAtThePlan() {
    var plan =
        Plans.completeWith(
            b ->
                b.narratives(Map.of(Theme.TRANSFORMING_SERVICES, "  "))
                    .projects(
                        List.of(
                            Plans.project("X", ProjectStatus.PLANNED, Theme.TECHNOLOGY_AND_DATA))));
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING : Theme 1 (transforming services) is not addressed: no narrative and no"
                + " project with this theme");
  }
}
