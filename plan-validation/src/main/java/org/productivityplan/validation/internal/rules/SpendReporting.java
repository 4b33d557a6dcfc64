package org.productivityplan.validation.internal.rules;

import java.util.List;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.SpendCategory;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.RuleContext;

/**
 * What PP130 to PP132 share: whether a category of specified spend is reported.
 *
 * <p>A category is reported when at least one of its lines is ({@link SpecifiedSpend#isReported()}:
 * an amount for a named financial year, or a share of the pay bill; a stated zero counts). When no
 * line of the category exists, one finding says the spend is not reported (at {@code
 * /specifiedSpend} if the plan has other lines, else at the whole plan). When lines exist but none
 * is reported, each is reported at its own pointer: "gives an amount but no financial year" for a
 * line with an amount, "gives another measure but no amount for a named financial year" for a line
 * with only another measure (such as a share of the workforce), and "described without a figure"
 * for a line with narrative only, or nothing at all.
 *
 * <p>Each rule gives its own complete message patterns, so that a message can be translated by its
 * rule id without English words among its arguments.
 */
final class SpendReporting {

  /**
   * The message patterns of one category.
   *
   * @param notReported no line of the category: no arguments
   * @param withoutFigure a line with no figure: {0} is the line's id
   * @param amountWithoutYear a line with an amount but no financial year: {0} is the line's id
   * @param otherMeasureOnly a line with only another measure: {0} is the line's id
   */
  record Messages(
      String notReported, String withoutFigure, String amountWithoutYear, String otherMeasureOnly) {

    /** Makes the patterns of a category from its name at the start of a sentence. */
    static Messages of(String label) {
      return new Messages(
          label + " is not reported",
          label + " (line '{0}') is described without a figure",
          label + " (line '{0}') gives an amount but no financial year",
          label + " (line '{0}') gives another measure but no amount for a named financial year");
    }
  }

  private SpendReporting() {}

  /** Checks one category, reporting with its messages. */
  static void check(
      ProductivityPlan plan, SpendCategory category, Messages messages, RuleContext context) {
    RuleContext reports = Themes.detailingWastefulSpend(plan, context);
    List<SpecifiedSpend> spend = plan.specifiedSpend();
    boolean any = false;
    for (SpecifiedSpend line : spend) {
      if (line.category() == category) {
        if (line.isReported()) {
          return;
        }
        any = true;
      }
    }
    if (!any) {
      reports.report(Checks.listOrRoot("specifiedSpend", spend), messages.notReported());
      return;
    }
    for (int s = 0; s < spend.size(); s++) {
      SpecifiedSpend line = spend.get(s);
      if (line.category() != category) {
        continue;
      }
      String pattern =
          line.amount().isPresent()
              ? messages.amountWithoutYear()
              : line.otherMeasure().isPresent()
                  ? messages.otherMeasureOnly()
                  : messages.withoutFigure();
      reports.report(JsonPointer.of("specifiedSpend", s), pattern, line.id());
    }
  }
}
