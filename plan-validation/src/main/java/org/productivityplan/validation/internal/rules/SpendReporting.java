package org.productivityplan.validation.internal.rules;

import java.util.List;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.SpendCategory;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.RuleContext;

/**
 * What PP130 to PP133 share: whether a category of specified spend is reported.
 *
 * <p>A category is reported when at least one of its lines is ({@link SpecifiedSpend#isReported()}:
 * an amount for a named financial year, or a share of the pay bill; a stated zero counts). When no
 * line of the category exists, one finding says the spend is not reported (at {@code
 * /specifiedSpend} if the plan has other lines, else at the whole plan). When lines exist but none
 * is reported, each is reported at its own pointer: "described without a figure", or, for a line
 * with an amount but no financial year, "gives an amount but no financial year".
 */
final class SpendReporting {

  private SpendReporting() {}

  /**
   * Checks one category.
   *
   * @param label the category in words, starting a sentence, such as "Spend on consultants"
   */
  static void check(
      ProductivityPlan plan, SpendCategory category, String label, RuleContext context) {
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
      context.report(Checks.listOrRoot("specifiedSpend", spend), "{0} is not reported", label);
      return;
    }
    for (int s = 0; s < spend.size(); s++) {
      SpecifiedSpend line = spend.get(s);
      if (line.category() != category) {
        continue;
      }
      if (line.amount().isPresent()) {
        context.report(
            JsonPointer.of("specifiedSpend", s),
            "{0} (line ''{1}'') gives an amount but no financial year",
            label,
            line.id());
      } else {
        context.report(
            JsonPointer.of("specifiedSpend", s),
            "{0} (line ''{1}'') is described without a figure",
            label,
            line.id());
      }
    }
  }
}
