package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.DateRange;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.MilestoneStatus;
import org.productivityplan.model.PartialDate;
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

  /**
   * Somerset, July 2024: "Our Asset &amp; Devolution Framework was agreed in January 2024 and in May
   * we signed the first historic devolution deal with Bridgwater Town Council. We have more plans
   * to further devolve services and assets": two steps already taken and an undated plan.
   */
  @Test
  void milestonesAchievedBeforeThePlanDoNotSatisfyIt() {
    var plan =
        Plans.withProject(
            1,
            p ->
                p.milestones(
                    List.of(
                        achieved("framework-agreed", "Asset & Devolution Framework agreed", "2024-01"),
                        achieved("bridgwater-deal", "First devolution deal signed", "2024-05"),
                        Milestone.builder()
                            .id("further-devolution")
                            .description("Further devolution of services and assets")
                            .status(MilestoneStatus.PLANNED)
                            .build())));
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING /projects/1/milestones: Project 'P2' is in progress but its dated milestones"
                + " were all reached before the plan's date (2024-07): none is ahead");
  }

  @Test
  void aMilestoneNotYetAchievedCountsEvenIfDueBeforeThePlan() {
    var plan =
        Plans.withProject(
            1,
            p ->
                p.milestones(
                    List.of(
                        Milestone.builder()
                            .id("late")
                            .description("Late step")
                            .due(PartialDate.parse("2024-05"))
                            .status(MilestoneStatus.DELAYED)
                            .build())));
    assertThat(check(rule, plan)).isEmpty();
  }

  /**
   * Somerset, July 2024: "Somerset Council pay structure will be reviewed in 2025/26": a dated
   * period, recorded as the project's period, is a forward due date.
   */
  @Test
  void aProjectPeriodEndingAfterThePlanCountsAsItsDueDate() {
    var plan =
        Plans.withProject(
            1,
            p ->
                p.status(ProjectStatus.PLANNED)
                    .milestones(List.of())
                    .period(DateRange.parse("2025-04/2026-03")));
    assertThat(check(rule, plan)).isEmpty();
  }

  @Test
  void aProjectPeriodThatEndedBeforeThePlanDoesNot() {
    var plan =
        Plans.withProject(
            1, p -> p.milestones(List.of()).period(DateRange.parse("2023-04/2024-03")));
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING /projects/1: Project 'P2' is in progress but has no implementation milestone");
  }

  private static Milestone achieved(String id, String description, String due) {
    return Milestone.builder()
        .id(id)
        .description(description)
        .due(PartialDate.parse(due))
        .status(MilestoneStatus.ACHIEVED)
        .build();
  }
}
