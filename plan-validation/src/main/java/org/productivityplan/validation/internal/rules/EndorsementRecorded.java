package org.productivityplan.validation.internal.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.productivityplan.model.DocumentControl;
import org.productivityplan.model.Endorsement;
import org.productivityplan.model.Endorser;
import org.productivityplan.model.PlanStatus;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Revision;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP160: a plan that is not a draft records its member endorsement, who and when (a warning); a
 * draft, or a plan whose status is not stated and that shows no sign of being final, gets
 * information.
 *
 * <p>"Status not stated" is not "draft": no message calls a plan a draft unless its status says so.
 * A plan is <em>not a draft</em> when its status is final, endorsed, submitted or published, or
 * when, with no status, it is evidently final: it records a publication, a submission, or a version
 * 1.0 or later in its document control.
 *
 * <p>With no endorsement at all, the finding is at the whole plan; with an endorsement lacking its
 * body (who) or its date (when), at {@code /endorsement}, one finding for each (a body that is
 * present but blank, at {@code /endorsement/body}). Two further findings are information whatever
 * the status: an endorsement by a single member ({@code endorsedBy} is {@code singleMember}) rather
 * than the Cabinet or the council, and an endorsement dated after the submission deadline of 19
 * July 2024.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class EndorsementRecorded implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP160")
          .name("endorsement-recorded")
          .summary(
              "A plan that is not a draft (final, endorsed, submitted or published, stated or"
                  + " evident) records its member endorsement: who, and when.")
          .category(RuleCategory.GOVERNANCE)
          .defaultSeverity(Severity.WARNING)
          .guidance(
              "Minister's letter of 16 April 2024: \"member oversight and endorsement\" before"
                  + " submission")
          .rationale(
              "The letter asked for member oversight and endorsement before submission; a plan that"
                  + " records neither who endorsed it nor when cannot show that it has its members'"
                  + " backing. A plan whose status is not stated is not called a draft: without an"
                  + " endorsement it gets a warning when it is evidently final (it records a"
                  + " publication, a submission or a version 1.0 in its document control), else"
                  + " information. An endorsement by a single member (endorsedBy singleMember) or"
                  + " dated after 19 July 2024 is flagged as information.")
          .build();

  /** A version number whose major part is 1 or more: "1.0", "V1.0", "2". */
  private static final Pattern RELEASED = Pattern.compile("(?i)v?\\s*([0-9]+)(?:\\.[0-9]+)*");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    Optional<String> finalEvidence = evidenceOfFinal(plan);
    boolean draftLike = finalEvidence.isEmpty();
    if (plan.endorsement().isEmpty()) {
      if (plan.status().orElse(null) == PlanStatus.DRAFT) {
        context.report(
            Severity.INFO, JsonPointer.ROOT, "The draft plan records no member endorsement yet");
      } else if (draftLike) {
        context.report(
            Severity.INFO,
            JsonPointer.ROOT,
            "The plan does not state its status, and records no member endorsement");
      } else if (plan.status().isPresent()) {
        context.report(
            JsonPointer.ROOT,
            "The plan is {0} but records no member endorsement",
            finalEvidence.get());
      } else {
        context.report(
            JsonPointer.ROOT,
            "The plan does not state its status but is evidently final ({0}), and records no"
                + " member endorsement",
            finalEvidence.get());
      }
      return;
    }
    Endorsement endorsement = plan.endorsement().get();
    String pointer = JsonPointer.of("endorsement");
    if (!Checks.hasText(endorsement.body())) {
      report(
          context,
          draftLike,
          Checks.textOrParent(pointer, "body", endorsement.body()),
          "The endorsement does not say who endorsed the plan");
    }
    if (endorsement.date().isEmpty()) {
      report(
          context, draftLike, pointer, "The endorsement does not say when the plan was endorsed");
    }
    if (endorsement.endorsedBy().orElse(null) == Endorser.SINGLE_MEMBER) {
      context.report(
          Severity.INFO,
          JsonPointer.of("endorsement", "endorsedBy"),
          "The plan was endorsed by a single member ({0}), not by the Cabinet or the council",
          endorsement.body().orElse("not named"));
    }
    if (endorsement.date().isPresent()
        && endorsement.date().get().isAfter(SubmittedByDeadline.DEADLINE)) {
      context.report(
          Severity.INFO,
          JsonPointer.of("endorsement", "date"),
          "The plan was endorsed on {0}, after the submission deadline of {1}",
          endorsement.date().get().toString(),
          SubmittedByDeadline.DEADLINE.toString());
    }
  }

  /**
   * Returns why the plan is not a draft, in words for a message ("endorsed", "published"), or empty
   * when it is a draft or shows no sign of being final.
   */
  private static Optional<String> evidenceOfFinal(ProductivityPlan plan) {
    if (plan.status().isPresent()) {
      PlanStatus status = plan.status().get();
      return status == PlanStatus.DRAFT ? Optional.empty() : Optional.of(status.code());
    }
    if (plan.publication().isPresent()) {
      return Optional.of("it records its publication");
    }
    if (plan.submission().isPresent()) {
      return Optional.of("it records its submission");
    }
    for (Revision revision : revisions(plan)) {
      Matcher matcher = RELEASED.matcher(revision.version().strip());
      if (matcher.matches() && Integer.parseInt(matcher.group(1)) >= 1) {
        return Optional.of("version " + revision.version().strip() + " in its document control");
      }
    }
    return Optional.empty();
  }

  private static List<Revision> revisions(ProductivityPlan plan) {
    return plan.documentControl().map(DocumentControl::revisions).orElse(List.of());
  }

  private static void report(
      RuleContext context, boolean draftLike, String pointer, String message) {
    if (draftLike) {
      context.report(Severity.INFO, pointer, message);
    } else {
      context.report(pointer, message);
    }
  }
}
