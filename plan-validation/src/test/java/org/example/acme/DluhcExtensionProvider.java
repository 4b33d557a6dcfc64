package org.example.acme;

import java.util.List;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;
import org.productivityplan.validation.RuleProvider;

/** A third party's rule added to the built-in profile {@code dluhc-2024}. */
public final class DluhcExtensionProvider implements RuleProvider {

  @Override
  public String profile() {
    return "dluhc-2024";
  }

  @Override
  public List<Rule> rules() {
    RuleInfo info =
        RuleInfo.builder()
            .id("XT101")
            .name("title-names-the-year")
            .summary("The title names the year of the plan.")
            .category(RuleCategory.GOVERNANCE)
            .defaultSeverity(Severity.INFO)
            .guidance("Acme house style, section 2")
            .rationale("A title without a year is ambiguous once there are several plans.")
            .build();
    return List.of(
        new Rule() {
          @Override
          public RuleInfo info() {
            return info;
          }

          @Override
          public void check(ProductivityPlan plan, RuleContext context) {
            if (!plan.title().matches(".*\\d{4}.*")) {
              context.report("/title", "Title ''{0}'' names no year", plan.title());
            }
          }
        });
  }
}
