package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.PartialDate;
import org.productivityplan.model.PlanStatus;
import org.productivityplan.model.Publication;

class ProgressUpdateRecordedTest {

  private final ProgressUpdateRecorded rule = new ProgressUpdateRecorded(Plans.TODAY);

  private static ProgressUpdateRecorded on(LocalDate today) {
    return new ProgressUpdateRecorded(
        Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
  }

  @Test
  void aPlanWithAnUpdatePasses() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void aPublishedPlanOverAYearOldWithoutAnUpdateIsInformation() {
    var plan = Plans.completeWith(b -> b.progressUpdates(List.of()));
    assertThat(check(rule, plan))
        .containsExactly(
            "INFO : The plan was published on 2024-07-19, more than twelve months ago, and records"
                + " no progress update");
  }

  @Test
  void twelveMonthsToTheDayIsNotYetTooOld() {
    var plan = Plans.completeWith(b -> b.progressUpdates(List.of()));
    assertThat(check(on(LocalDate.of(2025, 7, 19)), plan)).isEmpty();
    assertThat(check(on(LocalDate.of(2025, 7, 20)), plan)).hasSize(1);
  }

  @Test
  void withoutAPublicationDateThePlanDateCountsAtItsLatestDay() {
    var plan =
        Plans.completeWith(
            b ->
                b.progressUpdates(List.of())
                    .publication(Publication.builder().address("https://example.gov.uk/").build())
                    .planDate(PartialDate.parse("2024-07")));
    assertThat(check(on(LocalDate.of(2025, 7, 31)), plan)).isEmpty();
    assertThat(check(on(LocalDate.of(2025, 8, 1)), plan))
        .containsExactly(
            "INFO : The published plan is dated 2024-07, more than twelve months ago, and records"
                + " no progress update");
  }

  @Test
  void aPlanOfUnknownAgeOrNotPublishedIsNotChecked() {
    var undated =
        Plans.completeWith(
            b ->
                b.progressUpdates(List.of())
                    .publication(Optional.empty())
                    .planDate(Optional.empty()));
    assertThat(check(rule, undated)).isEmpty();
    var submitted =
        Plans.completeWith(b -> b.progressUpdates(List.of()).status(PlanStatus.SUBMITTED));
    assertThat(check(rule, submitted)).isEmpty();
  }

  @Test
  void theClockIsRequired() {
    assertThatNullPointerException().isThrownBy(() -> new ProgressUpdateRecorded(null));
  }
}
