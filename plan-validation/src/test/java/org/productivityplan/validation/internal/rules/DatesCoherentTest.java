package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.DateRange;
import org.productivityplan.model.DocumentControl;
import org.productivityplan.model.KeyFigure;
import org.productivityplan.model.Revision;

class DatesCoherentTest {

  private final DatesCoherent rule = new DatesCoherent();

  @Test
  void orderedPeriodsPass() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void periodsOfDifferentPrecisionAreComparedGenerously() {
    var plan = Plans.withProject(0, p -> p.period(DateRange.parse("2024-08/2024")));
    assertThat(check(rule, plan)).isEmpty();
  }

  @Test
  void aProjectPeriodThatEndsBeforeItStartsIsReported() {
    var plan = Plans.withProject(1, p -> p.period(DateRange.parse("2025-01/2024-12")));
    assertThat(check(rule, plan))
        .containsExactly("ERROR /projects/1/period: Period 2025-01/2024-12 starts after it ends");
  }

  @Test
  void kpiValuesKeyFiguresAndTheCouncilPlanAreChecked() {
    var plan =
        Plans.edit(
            Plans.withKpi(
                0,
                k ->
                    k.baseline(Plans.value(1, "2024/2023"))
                        .target(Plans.value(1, "2026/2025"))
                        .addMeasurement(Plans.value(1, "2025-02/2025-01"))),
            b ->
                b.councilPlan(
                    CouncilPlan.builder()
                        .title("Plan")
                        .period(DateRange.parse("2027/2023"))
                        .build()));
    var withFigure =
        Plans.edit(
            plan,
            b ->
                b.context(
                    Plans.withContext(
                            c ->
                                c.addKeyFigure(
                                    KeyFigure.builder()
                                        .description("Funding lost")
                                        .period(DateRange.parse("2020/2010"))
                                        .build()))
                        .context()
                        .orElseThrow()));
    assertThat(check(rule, withFigure))
        .containsExactly(
            "ERROR /kpis/0/baseline/period: Period 2024/2023 starts after it ends",
            "ERROR /kpis/0/target/period: Period 2026/2025 starts after it ends",
            "ERROR /kpis/0/measurements/1/period: Period 2025-02/2025-01 starts after it ends",
            "ERROR /context/keyFigures/1/period: Period 2020/2010 starts after it ends",
            "ERROR /councilPlan/period: Period 2027/2023 starts after it ends");
  }

  @Test
  void aRevisionDatedBeforeTheOneAboveItIsReported() {
    DocumentControl control =
        DocumentControl.builder()
            .addRevision(Revision.builder().version("0.1").date(LocalDate.of(2024, 5, 29)).build())
            .addRevision(Revision.builder().version("0.2").build())
            .addRevision(Revision.builder().version("0.3").date(LocalDate.of(2024, 5, 1)).build())
            .addRevision(Revision.builder().version("1.0").date(LocalDate.of(2024, 7, 4)).build())
            .build();
    assertThat(check(rule, Plans.completeWith(b -> b.documentControl(control))))
        .containsExactly(
            "ERROR /documentControl/revisions/2/date: Revision '0.3' is dated 2024-05-01, before"
                + " revision '0.1' of 2024-05-29 listed above it");
  }
}
