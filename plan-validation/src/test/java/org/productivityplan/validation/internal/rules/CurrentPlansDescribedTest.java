package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import org.junit.jupiter.api.Test;
import org.productivityplan.model.ProjectStatus;

class CurrentPlansDescribedTest {

  private final CurrentPlansDescribed rule = new CurrentPlansDescribed();

  @Test
  void anInProgressOrPlannedProjectPasses() {
    assertThat(check(rule, Plans.complete())).isEmpty();
    assertThat(check(rule, Plans.withProject(1, p -> p.status(ProjectStatus.PLANNED)))).isEmpty();
  }

  @Test
  void onlyCompletedProjectsAreReportedAtTheList() {
    assertThat(check(rule, Plans.withProject(1, p -> p.status(ProjectStatus.COMPLETED))))
        .containsExactly(
            "WARNING /projects: The plan describes no planned or in-progress transformation"
                + " project");
  }

  @Test
  void noProjectsAtAllIsReportedAtThePlan() {
    assertThat(check(rule, Plans.minimal()))
        .containsExactly(
            "WARNING : The plan describes no planned or in-progress transformation project");
  }
}
