package org.productivityplan.validation.internal.rules;

import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP114: the plan says how the council measures productivity.
 *
 * <p>Satisfied by a non-blank {@code context.productivityMeasurement}. The finding points at the
 * blank text when there is one, else at {@code /context} when the plan has a context, else at the
 * whole plan.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class ProductivityMeasurementDescribed implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP114")
          .name("productivity-measurement-described")
          .summary("The plan says how the council measures productivity.")
          .category(RuleCategory.TRANSFORMATION)
          .defaultSeverity(Severity.WARNING)
          .guidance(
              "Minister's letter of 16 April 2024, theme 1 prompt: \"how do you measure"
                  + " productivity\"")
          .rationale(
              "Productivity means different things across council services; without saying how it"
                  + " is measured, a plan's claims of improvement cannot be checked.")
          .theme(Theme.TRANSFORMING_SERVICES)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    boolean stated =
        plan.context().isPresent()
            && Checks.hasText(plan.context().get().productivityMeasurement());
    if (!stated) {
      context.report(
          Checks.contextTextOrNearest(
              plan,
              "productivityMeasurement",
              plan.context().flatMap(c -> c.productivityMeasurement())),
          "The plan does not say how the council measures productivity");
    }
  }
}
