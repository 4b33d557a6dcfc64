package org.productivityplan.validation.internal.rules;

import java.time.LocalDate;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP161: endorsement is not dated after submission or publication.
 *
 * <p>Compares the endorsement date with the submission date and with the publication date, where
 * each is stated; each contradiction is reported at {@code /endorsement/date}. The same day is not
 * a contradiction.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class EndorsementDateOrdered implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP161")
          .name("endorsement-date-ordered")
          .summary("Endorsement is not dated after submission or publication.")
          .category(RuleCategory.GOVERNANCE)
          .defaultSeverity(Severity.ERROR)
          .guidance("Minister's letter of 16 April 2024")
          .rationale(
              "The letter asked for member endorsement before submission; an endorsement dated"
                  + " after the plan went out contradicts the plan's own record, so one of the"
                  + " dates is wrong.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    if (plan.endorsement().isEmpty() || plan.endorsement().get().date().isEmpty()) {
      return;
    }
    LocalDate endorsed = plan.endorsement().get().date().get();
    String pointer = JsonPointer.of("endorsement", "date");
    plan.submission()
        .flatMap(s -> s.date())
        .filter(endorsed::isAfter)
        .ifPresent(
            submitted ->
                context.report(
                    pointer,
                    "The endorsement is dated {0}, after the submission on {1}",
                    endorsed.toString(),
                    submitted.toString()));
    plan.publication()
        .flatMap(p -> p.date())
        .filter(endorsed::isAfter)
        .ifPresent(
            published ->
                context.report(
                    pointer,
                    "The endorsement is dated {0}, after the publication on {1}",
                    endorsed.toString(),
                    published.toString()));
  }
}
