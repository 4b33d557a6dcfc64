package org.productivityplan.validation.internal.rules;

import java.time.LocalDate;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Submission;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP162: submission is dated on or before 19 July 2024, unless an agreed extension is recorded.
 *
 * <p>A submission after the deadline is reported at {@code /submission/date} when no extension is
 * recorded, or when it is also after the extended deadline ({@code extensionAgreedTo}). A plan with
 * no submission date is not checked.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class SubmittedByDeadline implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP162")
          .name("submitted-by-deadline")
          .summary(
              "Submission is dated on or before 19 July 2024, unless an agreed extension is"
                  + " recorded.")
          .category(RuleCategory.GOVERNANCE)
          .defaultSeverity(Severity.WARNING)
          .guidance("Minister's letter of 16 April 2024")
          .rationale(
              "The letter set 19 July 2024 as the deadline, which stood through the general"
                  + " election; only a few councils were given short extensions.")
          .build();

  /** The deadline of the Minister's letter. */
  static final LocalDate DEADLINE = LocalDate.of(2024, 7, 19);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    if (plan.submission().isEmpty() || plan.submission().get().date().isEmpty()) {
      return;
    }
    Submission submission = plan.submission().get();
    LocalDate submitted = submission.date().get();
    if (!submitted.isAfter(DEADLINE)) {
      return;
    }
    String pointer = JsonPointer.of("submission", "date");
    if (submission.extensionAgreedTo().isEmpty()) {
      context.report(
          pointer,
          "The plan was submitted on {0}, after the deadline of {1}, and no agreed extension is"
              + " recorded",
          submitted.toString(),
          DEADLINE.toString());
    } else if (submitted.isAfter(submission.extensionAgreedTo().get())) {
      context.report(
          pointer,
          "The plan was submitted on {0}, after the extended deadline of {1}",
          submitted.toString(),
          submission.extensionAgreedTo().get().toString());
    }
  }
}
