package org.productivityplan.validation.internal.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.productivityplan.model.PartialDate;
import org.productivityplan.model.PlanStatus;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP154: a published plan more than twelve months old has a recorded progress update (information).
 *
 * <p>The plan's age is measured from its publication date, or, when that is not stated, from the
 * date it bears ({@code planDate}), to "today" as given by the {@link Clock} this rule is built
 * with, so that a validation can be repeated with the same result. A partial date is taken at its
 * latest day ({@code 2024-07} is July 31st), so the rule reports only a plan that is surely more
 * than twelve months old. A published plan with neither date is not checked: its age is unknown.
 * Only plans with status published are checked; the finding is at the whole plan, since an empty
 * list of progress updates is not written.
 *
 * <p>Immutable and thread-safe (a {@link Clock} is immutable).
 */
final class ProgressUpdateRecorded implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP154")
          .name("progress-update-recorded")
          .summary("A published plan more than twelve months old has a recorded progress update.")
          .category(RuleCategory.MONITORING)
          .defaultSeverity(Severity.INFO)
          .guidance("Written ministerial statement of 5 February 2024")
          .rationale(
              "Plans were to be published together with updates on progress; a year after "
                  + "publication, a plan with no update no longer says where the council stands.")
          .build();

  private final Clock clock;

  /**
   * Creates the rule.
   *
   * @param clock where "today" comes from
   */
  ProgressUpdateRecorded(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    if (plan.statusOrDraft() != PlanStatus.PUBLISHED || !plan.progressUpdates().isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    Optional<LocalDate> published = plan.publication().flatMap(p -> p.date());
    if (published.isPresent()) {
      if (published.get().plusMonths(12).isBefore(today)) {
        context.report(
            JsonPointer.ROOT,
            "The plan was published on {0}, more than twelve months ago, and records no progress"
                + " update",
            published.get().toString());
      }
    } else if (plan.planDate().isPresent()) {
      PartialDate dated = plan.planDate().get();
      if (dated.latestDay().plusMonths(12).isBefore(today)) {
        context.report(
            JsonPointer.ROOT,
            "The published plan is dated {0}, more than twelve months ago, and records no progress"
                + " update",
            dated.toString());
      }
    }
  }
}
