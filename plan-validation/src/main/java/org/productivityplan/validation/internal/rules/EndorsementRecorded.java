package org.productivityplan.validation.internal.rules;

import org.productivityplan.model.Endorsement;
import org.productivityplan.model.PlanStatus;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP160: a plan whose status is endorsed, submitted or published records its member endorsement,
 * who and when (a warning); a draft without one gets information.
 *
 * <p>A plan with no status is a draft. With no endorsement at all, the finding is at the whole
 * plan; with an endorsement lacking its body (who) or its date (when), at {@code /endorsement}, one
 * finding for each (a body that is present but blank, at {@code /endorsement/body}). For a draft,
 * every finding of this rule is reported with severity information, through {@link
 * RuleContext#report(Severity, String, String, Object...)}.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class EndorsementRecorded implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP160")
          .name("endorsement-recorded")
          .summary(
              "A plan whose status is endorsed, submitted or published records its member"
                  + " endorsement: who, and when.")
          .category(RuleCategory.GOVERNANCE)
          .defaultSeverity(Severity.WARNING)
          .guidance("Minister's letter of 16 April 2024")
          .rationale(
              "The letter asked for member oversight and endorsement before submission; a plan that"
                  + " records neither who endorsed it nor when cannot show that it has its members'"
                  + " backing.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    PlanStatus status = plan.statusOrDraft();
    boolean draft = status == PlanStatus.DRAFT;
    if (plan.endorsement().isEmpty()) {
      switch (status) {
        case DRAFT ->
            context.report(
                Severity.INFO,
                JsonPointer.ROOT,
                "The draft plan records no member endorsement yet");
        case ENDORSED ->
            context.report(
                JsonPointer.ROOT, "The plan is endorsed but records no member endorsement");
        case SUBMITTED ->
            context.report(
                JsonPointer.ROOT, "The plan is submitted but records no member endorsement");
        case PUBLISHED ->
            context.report(
                JsonPointer.ROOT, "The plan is published but records no member endorsement");
      }
      return;
    }
    Endorsement endorsement = plan.endorsement().get();
    String pointer = JsonPointer.of("endorsement");
    if (!Checks.hasText(endorsement.body())) {
      report(
          context,
          draft,
          Checks.textOrParent(pointer, "body", endorsement.body()),
          "The endorsement does not say who endorsed the plan");
    }
    if (endorsement.date().isEmpty()) {
      report(context, draft, pointer, "The endorsement does not say when the plan was endorsed");
    }
  }

  private static void report(RuleContext context, boolean draft, String pointer, String message) {
    if (draft) {
      context.report(Severity.INFO, pointer, message);
    } else {
      context.report(pointer, message);
    }
  }
}
