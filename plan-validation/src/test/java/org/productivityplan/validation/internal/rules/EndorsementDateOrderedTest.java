package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Endorsement;

class EndorsementDateOrderedTest {

  private final EndorsementDateOrdered rule = new EndorsementDateOrdered();

  private static Endorsement on(LocalDate date) {
    return Endorsement.builder().body("Cabinet").date(date).build();
  }

  @Test
  void anEndorsementBeforeOrOnTheDayPasses() {
    assertThat(check(rule, Plans.complete())).isEmpty();
    var sameDay = Plans.completeWith(b -> b.endorsement(on(LocalDate.of(2024, 7, 18))));
    assertThat(check(rule, sameDay)).isEmpty();
  }

  @Test
  void anEndorsementAfterSubmissionAndPublicationIsReportedTwice() {
    var plan = Plans.completeWith(b -> b.endorsement(on(LocalDate.of(2024, 9, 1))));
    assertThat(check(rule, plan))
        .containsExactly(
            "ERROR /endorsement/date: The endorsement is dated 2024-09-01, after the submission on"
                + " 2024-07-18",
            "ERROR /endorsement/date: The endorsement is dated 2024-09-01, after the publication on"
                + " 2024-07-19");
  }

  @Test
  void withoutDatesThereIsNothingToCompare() {
    assertThat(check(rule, Plans.minimal())).isEmpty();
  }
}
