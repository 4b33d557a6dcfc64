package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.ProjectStatus;
import org.productivityplan.model.TransformationProject;

class ReferencesResolveTest {

  private final ReferencesResolve rule = new ReferencesResolve();

  @Test
  void resolvingReferencesPass() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void unknownKpiOutcomeAndParentAreReportedAtEachReference() {
    var plan =
        Plans.withProject(1, p -> p.addKpiId("K9").addCouncilPlanOutcomeId("O9").parentId("P9"));
    assertThat(check(rule, plan))
        .containsExactly(
            "ERROR /projects/1/kpiIds/1: Project 'P2' refers to KPI 'K9', which the plan does not"
                + " have",
            "ERROR /projects/1/parentId: Project 'P2' names parent project 'P9', which the plan"
                + " does not have",
            "ERROR /projects/1/councilPlanOutcomeIds/1: Project 'P2' refers to council-plan outcome"
                + " 'O9', which the council plan does not have");
  }

  @Test
  void anUnknownProjectOfAKpiIsReported() {
    assertThat(check(rule, Plans.withKpi(0, k -> k.addProjectId("P7"))))
        .containsExactly(
            "ERROR /kpis/0/projectIds/2: KPI 'K1' refers to project 'P7', which the plan does not"
                + " have");
  }

  @Test
  void anOutcomeReferenceWithoutACouncilPlanCannotResolve() {
    var plan = Plans.completeWith(b -> b.councilPlan(Optional.empty()));
    assertThat(check(rule, plan))
        .containsExactly(
            "ERROR /projects/0/councilPlanOutcomeIds/0: Project 'P1' refers to council-plan outcome"
                + " 'O1', but no council plan is attached",
            "ERROR /projects/1/councilPlanOutcomeIds/0: Project 'P2' refers to council-plan outcome"
                + " 'O1', but no council plan is attached");
  }

  @Test
  void aLoopOfParentsIsReportedForEachProjectInIt() {
    TransformationProject a =
        TransformationProject.builder()
            .from(Plans.project("A", ProjectStatus.PLANNED))
            .parentId("B")
            .build();
    TransformationProject b =
        TransformationProject.builder()
            .from(Plans.project("B", ProjectStatus.PLANNED))
            .parentId("A")
            .build();
    TransformationProject c =
        TransformationProject.builder()
            .from(Plans.project("C", ProjectStatus.PLANNED))
            .parentId("C")
            .build();
    TransformationProject d =
        TransformationProject.builder()
            .from(Plans.project("D", ProjectStatus.PLANNED))
            .parentId("A")
            .build();
    var plan = Plans.edit(Plans.minimal(), p -> p.projects(List.of(a, b, c, d)));
    assertThat(check(rule, plan))
        .containsExactly(
            "ERROR /projects/0/parentId: Project 'A' is its own parent, directly or through parent"
                + " 'B'",
            "ERROR /projects/1/parentId: Project 'B' is its own parent, directly or through parent"
                + " 'A'",
            "ERROR /projects/2/parentId: Project 'C' is its own parent, directly or through parent"
                + " 'C'");
  }
}
