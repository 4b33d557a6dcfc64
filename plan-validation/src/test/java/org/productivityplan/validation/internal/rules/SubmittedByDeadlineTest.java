package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Submission;

class SubmittedByDeadlineTest {

  private final SubmittedByDeadline rule = new SubmittedByDeadline();

  private static Submission submitted(LocalDate date) {
    return Submission.builder().date(date).build();
  }

  @Test
  void aSubmissionOnTheDeadlinePasses() {
    var plan = Plans.completeWith(b -> b.submission(submitted(LocalDate.of(2024, 7, 19))));
    assertThat(check(rule, plan)).isEmpty();
  }

  @Test
  void aLateSubmissionWithoutExtensionIsAWarning() {
    var plan = Plans.completeWith(b -> b.submission(submitted(LocalDate.of(2024, 7, 20))));
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING /submission/date: The plan was submitted on 2024-07-20, after the deadline of"
                + " 2024-07-19, and no agreed extension is recorded");
  }

  @Test
  void anAgreedExtensionMovesTheDeadline() {
    Submission within =
        Submission.builder()
            .date(LocalDate.of(2024, 7, 26))
            .extensionAgreedTo(LocalDate.of(2024, 7, 26))
            .build();
    assertThat(check(rule, Plans.completeWith(b -> b.submission(within)))).isEmpty();
    Submission beyond =
        Submission.builder()
            .date(LocalDate.of(2024, 8, 2))
            .extensionAgreedTo(LocalDate.of(2024, 7, 26))
            .build();
    assertThat(check(rule, Plans.completeWith(b -> b.submission(beyond))))
        .containsExactly(
            "WARNING /submission/date: The plan was submitted on 2024-08-02, after the extended"
                + " deadline of 2024-07-26");
  }
}
