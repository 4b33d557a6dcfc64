package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.ProjectStatus;

class ProjectMilestonesDatedTest {

  private final ProjectMilestonesDated rule = new ProjectMilestonesDated();

  @Test
  void aCurrentProjectWithADatedMilestonePasses() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void completedProjectsAreNotChecked() {
    assertThat(check(rule, Plans.withProject(0, p -> p.milestones(List.of())))).isEmpty();
  }

  @Test
  void aCurrentProjectWithoutMilestonesIsReportedAtTheProject() {
    assertThat(check(rule, Plans.withProject(1, p -> p.milestones(List.of()))))
        .containsExactly(
            "WARNING /projects/1: Project 'P2' is in progress but has no implementation milestone");
  }

  @Test
  void undatedMilestonesAreReportedAtTheMilestones() {
    var plan =
        Plans.withProject(
            1,
            p ->
                p.status(ProjectStatus.PLANNED)
                    .milestones(
                        List.of(Milestone.builder().id("M9").description("Some day").build())));
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING /projects/1/milestones: Project 'P2' is planned but none of its milestones has"
                + " a due date");
  }
}
