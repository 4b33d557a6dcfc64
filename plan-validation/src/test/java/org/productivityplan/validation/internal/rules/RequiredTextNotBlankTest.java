package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.AssuranceActivity;
import org.productivityplan.model.Council;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.CouncilPlanOutcome;
import org.productivityplan.model.DocumentControl;
import org.productivityplan.model.DocumentOwner;
import org.productivityplan.model.KeyFigure;
import org.productivityplan.model.KeyPriority;
import org.productivityplan.model.MeasuredOutcome;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.MonitoringArrangement;
import org.productivityplan.model.Revision;
import org.productivityplan.model.SpendCategory;

class RequiredTextNotBlankTest {

  private final RequiredTextNotBlank rule = new RequiredTextNotBlank();

  @Test
  void textThatIsPresentPasses() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void theCouncilsOwnNameIsLeftToPp001() {
    var plan = Plans.completeWith(b -> b.council(Council.builder().name(" ").build()));
    assertThat(check(rule, plan)).isEmpty();
  }

  @Test
  void blankIdsAndNamesOfThePlanAreReportedInDocumentOrder() {
    var plan =
        Plans.edit(
            Plans.withProject(
                1,
                p ->
                    p.id("")
                        .name("\t")
                        .addMilestone(Milestone.builder().id(" ").description("").build())
                        .addOutcome(MeasuredOutcome.builder().description(" ").build())),
            b ->
                b.title(" ")
                    .council(
                        Council.builder()
                            .name("Somerset Council")
                            .addPredecessor(Council.builder().name("").build())
                            .build())
                    .addSpecifiedSpend(Plans.spend(" ", SpendCategory.OTHER))
                    .addMonitoringArrangement(MonitoringArrangement.builder().forum(" ").build())
                    .documentControl(
                        DocumentControl.builder()
                            .addRevision(Revision.builder().version("").build())
                            .addOwner(DocumentOwner.builder().role(" ").build())
                            .build()));
    assertThat(check(rule, plan))
        .containsExactly(
            "ERROR /title: The plan's title is blank",
            "ERROR /council/predecessors/0/name: The council's name is blank",
            "ERROR /projects/1/id: The project's id is blank",
            "ERROR /projects/1/name: The project's name is blank",
            "ERROR /projects/1/milestones/1/id: The milestone's id is blank",
            "ERROR /projects/1/milestones/1/description: The milestone's description is blank",
            "ERROR /projects/1/outcomes/0/description: The outcome's description is blank",
            "ERROR /specifiedSpend/4/id: The spend line's id is blank",
            "ERROR /monitoringArrangements/1/forum: The monitoring arrangement's forum is blank",
            "ERROR /documentControl/revisions/0/version: The revision's version is blank",
            "ERROR /documentControl/owners/0/role: The document owner's role is blank");
  }

  @Test
  void blankTextOfKpisBarriersContextAndCouncilPlanIsReported() {
    var plan =
        Plans.edit(
            Plans.withKpi(0, k -> k.id(" ").name("")),
            b ->
                b.barriers(List.of(Plans.withBarrier(0, x -> x.id("")).barriers().get(0)))
                    .context(
                        Plans.withContext(
                                c ->
                                    c.assuranceActivities(List.of())
                                        .addAssuranceActivity(
                                            AssuranceActivity.builder().description(" ").build())
                                        .keyFigures(List.of())
                                        .addKeyFigure(KeyFigure.builder().description("").build()))
                            .context()
                            .orElseThrow())
                    .councilPlan(
                        CouncilPlan.builder()
                            .title(" ")
                            .council(Council.builder().name("").build())
                            .addOutcome(
                                CouncilPlanOutcome.builder()
                                    .id("")
                                    .title(" ")
                                    .addKeyPriority(KeyPriority.builder().title("").build())
                                    .build())
                            .addMonitoringArrangement(
                                MonitoringArrangement.builder().forum("").build())
                            .build()));
    assertThat(check(rule, plan))
        .containsExactly(
            "ERROR /context/assuranceActivities/0/description: The assurance activity's description"
                + " is blank",
            "ERROR /context/keyFigures/0/description: The key figure's description is blank",
            "ERROR /barriers/0/id: The barrier's id is blank",
            "ERROR /kpis/0/id: The KPI's id is blank",
            "ERROR /kpis/0/name: The KPI's name is blank",
            "ERROR /councilPlan/title: The council plan's title is blank",
            "ERROR /councilPlan/council/name: The council's name is blank",
            "ERROR /councilPlan/outcomes/0/id: The council-plan outcome's id is blank",
            "ERROR /councilPlan/outcomes/0/title: The council-plan outcome's title is blank",
            "ERROR /councilPlan/outcomes/0/keyPriorities/0/title: The key priority's title is"
                + " blank",
            "ERROR /councilPlan/monitoringArrangements/0/forum: The monitoring arrangement's forum"
                + " is blank");
  }
}
