package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Endorsement;
import org.productivityplan.model.Endorser;
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
    assertThat(check(rule, Plans.edit(Plans.minimal(), b -> b.status(PlanStatus.DRAFT))))
        .containsExactly("INFO : The draft plan records no member endorsement yet");
  }

  /** A plan that states no status is not called a draft: its status is simply not stated. */
  @Test
  void aPlanWithNoStatusIsNotCalledADraft() {
    assertThat(check(rule, Plans.minimal()))
        .containsExactly("INFO : The plan does not state its status, and records no member endorsement");
  }

  /**
   * Somerset, July 2024, footnote 1: "Since the request was made the department has changed its
   * name under the new administration": the text is the final version, recorded with status final.
   */
  @Test
  void aFinalPlanWithoutEndorsementIsAWarning() {
    var plan = Plans.edit(Plans.minimal(), b -> b.status(PlanStatus.FINAL));
    assertThat(check(rule, plan))
        .containsExactly("WARNING : The plan is final but records no member endorsement");
  }

  /**
   * Sefton, 2024, document control: "V1.0 04/07/2024 Amended following feedback from Cabinet
   * Member for Corporate Services": with no status stated, a version 1.0 shows the plan is final.
   */
  @Test
  void aPlanWithAFinalVersionInItsDocumentControlIsEvidentlyFinal() {
    var plan =
        Plans.completeWith(
            b ->
                b.status(Optional.empty())
                    .publication(Optional.empty())
                    .submission(Optional.empty())
                    .endorsement(Optional.empty()));
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING : The plan does not state its status but is evidently final (version 1.0 in"
                + " its document control), and records no member endorsement");
    var published =
        Plans.completeWith(b -> b.status(Optional.empty()).endorsement(Optional.empty()));
    assertThat(check(rule, published))
        .containsExactly(
            "WARNING : The plan does not state its status but is evidently final (it records its"
                + " publication), and records no member endorsement");
  }

  /**
   * Sefton, 2024: "Member oversight and endorsement of the plan has been provided by the Cabinet
   * Member for Corporate Services, in advance of the report being shared with the Cabinet on the
   * 25th of July 2024": one member, and a Cabinet meeting after the deadline.
   */
  @Test
  void anEndorsementByOneMemberOrAfterTheDeadlineIsInformation() {
    var plan =
        Plans.completeWith(
            b ->
                b.endorsement(
                    Endorsement.builder()
                        .body("Cabinet Member for Corporate Services")
                        .endorsedBy(Endorser.SINGLE_MEMBER)
                        .date(LocalDate.of(2024, 7, 25))
                        .build()));
    assertThat(check(rule, plan))
        .containsExactly(
            "INFO /endorsement/endorsedBy: The plan was endorsed by a single member (Cabinet"
                + " Member for Corporate Services), not by the Cabinet or the council",
            "INFO /endorsement/date: The plan was endorsed on 2024-07-25, after the submission"
                + " deadline of 2024-07-19");
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
