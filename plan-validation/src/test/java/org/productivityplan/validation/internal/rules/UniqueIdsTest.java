package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.CouncilPlanOutcome;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.ProjectStatus;
import org.productivityplan.model.SpendCategory;

class UniqueIdsTest {

  private final UniqueIds rule = new UniqueIds();

  @Test
  void distinctIdsPass() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void idsShareOneSpaceAcrossKindsAndEachRepeatIsReported() {
    var plan =
        Plans.withProject(
            1,
            p ->
                p.addMilestone(Milestone.builder().id("P1").description("Clash").build())
                    .addMilestone(Milestone.builder().id("K1").description("Clash").build()));
    var withSpend =
        Plans.edit(
            plan,
            b ->
                b.specifiedSpend(
                    List.of(
                        Plans.spend("S1", SpendCategory.OTHER),
                        Plans.spend("P1", SpendCategory.OTHER))));
    assertThat(check(rule, withSpend))
        .containsExactly(
            "ERROR /projects/1/milestones/1/id: Id 'P1' is used again; it was first used at"
                + " /projects/0/id",
            "ERROR /kpis/0/id: Id 'K1' is used again; it was first used at"
                + " /projects/1/milestones/2/id",
            "ERROR /specifiedSpend/1/id: Id 'P1' is used again; it was first used at"
                + " /projects/0/id");
  }

  @Test
  void blankIdsAreLeftToPp007() {
    var plan =
        Plans.completeWith(
            b ->
                b.projects(
                    List.of(
                        Plans.project(" ", ProjectStatus.PLANNED),
                        Plans.project(" ", ProjectStatus.PLANNED))));
    assertThat(check(rule, plan)).isEmpty();
  }

  @Test
  void councilPlanOutcomesHaveTheirOwnIdSpace() {
    CouncilPlanOutcome o1 = CouncilPlanOutcome.builder().id("P1").title("Outcome").build();
    CouncilPlanOutcome o2 = CouncilPlanOutcome.builder().id("P1").title("Again").build();
    CouncilPlan councilPlan = CouncilPlan.builder().title("Plan").addOutcomes(o1, o2).build();
    assertThat(check(rule, Plans.completeWith(b -> b.councilPlan(councilPlan))))
        .containsExactly(
            "ERROR /councilPlan/outcomes/1/id: Id 'P1' is used again; it was first used at"
                + " /councilPlan/outcomes/0/id");
  }
}
