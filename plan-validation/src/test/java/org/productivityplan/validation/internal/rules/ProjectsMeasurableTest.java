package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Measure;
import org.productivityplan.model.MeasuredOutcome;
import org.productivityplan.model.Saving;
import org.productivityplan.model.TransformationProject;

class ProjectsMeasurableTest {

  private final ProjectsMeasurable rule = new ProjectsMeasurable();

  /** The in-progress project P2 with no KPI of its own and no benefit. */
  private static final UnaryOperator<TransformationProject.Builder> UNMEASURED =
      p -> p.kpiIds(List.of()).savings(List.of());

  @Test
  void aKpiThatListsTheProjectIsALink() {
    assertThat(check(rule, Plans.withProject(1, UNMEASURED))).isEmpty();
  }

  @Test
  void aSavingWithAnAmountOrAMeasuredOutcomeIsMeasurable() {
    var unlinked = Plans.edit(Plans.withProject(1, UNMEASURED), b -> b.kpis(List.of()));
    var withOutcome =
        Plans.edit(
            unlinked,
            b ->
                b.projects(
                    List.of(
                        unlinked.projects().get(0),
                        TransformationProject.builder()
                            .from(unlinked.projects().get(1))
                            .addOutcome(
                                MeasuredOutcome.builder()
                                    .description("More people helped")
                                    .measure(
                                        Measure.builder()
                                            .value(BigDecimal.valueOf(95))
                                            .unit("people per year")
                                            .build())
                                    .build())
                            .build())));
    assertThat(check(rule, withOutcome)).isEmpty();
  }

  @Test
  void anUnlinkedCurrentProjectWithoutAFigureIsInformation() {
    var plan =
        Plans.edit(
            Plans.withProject(
                1,
                p -> UNMEASURED.apply(p).addSaving(Saving.builder().description("Some").build())),
            b -> b.kpis(List.of()));
    assertThat(check(rule, plan))
        .containsExactly(
            "INFO /projects/1: Project 'P2' is linked to no KPI and states no measurable benefit");
  }
}
