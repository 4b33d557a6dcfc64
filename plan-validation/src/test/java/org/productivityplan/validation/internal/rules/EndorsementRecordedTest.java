package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Endorsement;
import org.productivityplan.model.PlanStatus;

class EndorsementRecordedTest {

  private final EndorsementRecorded rule = new EndorsementRecorded();

  @Test
  void anEndorsementWithBodyAndDatePasses() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void aSubmittedPlanWithoutEndorsementIsAWarning() {
    var plan =
        Plans.completeWith(b -> b.status(PlanStatus.SUBMITTED).endorsement(Optional.empty()));
    assertThat(check(rule, plan))
        .containsExactly("WARNING : The plan is submitted but records no member endorsement");
  }

  @Test
  void endorsedAndPublishedPlansWithoutEndorsementAreWarnings() {
    assertThat(
            check(
                rule,
                Plans.completeWith(
                    b -> b.status(PlanStatus.ENDORSED).endorsement(Optional.empty()))))
        .containsExactly("WARNING : The plan is endorsed but records no member endorsement");
    assertThat(check(rule, Plans.completeWith(b -> b.endorsement(Optional.empty()))))
        .containsExactly("WARNING : The plan is published but records no member endorsement");
  }

  @Test
  void aDraftWithoutEndorsementIsInformation() {
    assertThat(check(rule, Plans.minimal()))
        .containsExactly("INFO : The draft plan records no member endorsement yet");
  }

  @Test
  void aBlankBodyIsReportedAtItself() {
    var plan =
        Plans.completeWith(
            b ->
                b.endorsement(
                    Endorsement.builder().body(" ").date(LocalDate.of(2024, 7, 1)).build()));
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING /endorsement/body: The endorsement does not say who endorsed the plan");
  }

  @Test
  void anEndorsementWithoutWhoOrWhenIsReportedAtTheEndorsement() {
    var plan = Plans.completeWith(b -> b.endorsement(Endorsement.builder().note("Agreed").build()));
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING /endorsement: The endorsement does not say who endorsed the plan",
            "WARNING /endorsement: The endorsement does not say when the plan was endorsed");
    var draft =
        Plans.edit(
            Plans.minimal(), b -> b.endorsement(Endorsement.builder().body("Cabinet").build()));
    assertThat(check(rule, draft))
        .containsExactly(
            "INFO /endorsement: The endorsement does not say when the plan was endorsed");
  }
}
