package org.example.acme;

import java.util.List;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;
import org.productivityplan.validation.RuleProvider;

/**
 * A third party's profile of its own, written against the exported API only. Loaded by the tests in
 * an unnamed module of their own class loader, so it is truly outside plan-validation.
 */
public final class AcmeRuleProvider implements RuleProvider {

  /** The rule: a plan has an introduction. */
  public static final class IntroductionStated implements Rule {

    private static final RuleInfo INFO =
        RuleInfo.builder()
            .id("ACME001")
            .name("introduction-stated")
            .summary("The plan says what it is.")
            .category(RuleCategory.CONTEXT)
            .defaultSeverity(Severity.WARNING)
            .guidance("Acme house style, section 1")
            .rationale("Readers need to know what they are reading.")
            .build();

    @Override
    public RuleInfo info() {
      return INFO;
    }

    @Override
    public void check(ProductivityPlan plan, RuleContext context) {
      if (plan.introduction().isEmpty()) {
        context.report("", "Plan ''{0}'' has no introduction", plan.title());
      }
    }
  }

  @Override
  public String profile() {
    return "acme-2025";
  }

  @Override
  public List<Rule> rules() {
    return List.of(new IntroductionStated());
  }
}
