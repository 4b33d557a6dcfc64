package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.ProjectStatus;

class CompletedWorkDescribedTest {

  private final CompletedWorkDescribed rule = new CompletedWorkDescribed();

  @Test
  void aCompletedProjectPasses() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void projectsWithoutACompletedOneAreReportedAtTheList() {
    var plan = Plans.withProject(0, p -> p.status(ProjectStatus.PLANNED));
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING /projects: The plan describes no completed transformation project");
    var noStatus = Plans.withProject(0, p -> p.status(Optional.empty()));
    assertThat(check(rule, noStatus)).hasSize(1);
  }

  @Test
  void noProjectsAtAllIsReportedAtThePlan() {
    assertThat(check(rule, Plans.minimal()))
        .containsExactly("WARNING : The plan describes no completed transformation project");
  }
}
