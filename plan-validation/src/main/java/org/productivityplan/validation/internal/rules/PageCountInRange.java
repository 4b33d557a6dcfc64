package org.productivityplan.validation.internal.rules;

import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP164: the published document is three to four pages: a warning above four, information below
 * three, where the page count is known.
 *
 * <p>A page count that is not positive is left to the engine's Bean Validation ({@code @Positive},
 * mapped to PP005), so that it is reported once. Nothing is reported when the count is unknown.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class PageCountInRange implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP164")
          .name("page-count-in-range")
          .summary("The published document is three to four pages, where its page count is known.")
          .category(RuleCategory.GOVERNANCE)
          .defaultSeverity(Severity.WARNING)
          .guidance("Minister's letter of 16 April 2024")
          .rationale(
              "The letter asked for three to four pages that draw on work already done; a longer"
                  + " plan is harder to read and compare, a shorter one rarely answers all four"
                  + " themes.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    if (plan.documentControl().isEmpty() || plan.documentControl().get().pageCount().isEmpty()) {
      return;
    }
    int pages = plan.documentControl().get().pageCount().get();
    String pointer = JsonPointer.of("documentControl", "pageCount");
    if (pages > 4) {
      context.report(
          pointer,
          "The document runs to {0} pages; the guidance asked for three to four",
          Integer.toString(pages));
    } else if (pages > 0 && pages < 3) {
      context.report(
          Severity.INFO,
          pointer,
          "The document runs to {0} pages; the guidance asked for three to four",
          Integer.toString(pages));
    }
  }
}
