package org.productivityplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.testing.PropertyChecks;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.ValidationReport;

/**
 * No message of any rule leaves a placeholder unfilled or loses a quote: every rule's findings on
 * the bundled plans, the synthetic fixtures and generated plans are checked.
 */
class MessagePlaceholderTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  private static void assertFilled(ProductivityPlan plan) {
    ValidationReport report = PlanValidator.builder().maxFindings(100_000).build().validate(plan);
    assertThat(report.erroredRules()).as("rules that failed").isEmpty();
    for (Finding finding : report.findings()) {
      String message = finding.message();
      boolean fromArguments = finding.arguments().stream().anyMatch(a -> a.contains("{"));
      if (!fromArguments) {
        assertThat(message).as(finding.ruleId() + " message").doesNotContainPattern(PLACEHOLDER);
      }
      if (finding.arguments().stream().noneMatch(a -> a.isEmpty() || a.contains("'"))) {
        assertThat(message).as(finding.ruleId() + " message").doesNotContain("''");
      }
    }
  }

  @Test
  void everyMessageOfTheBundledAndSyntheticPlansIsFilled() {
    List<ProductivityPlan> plans = new ArrayList<>(ExamplePlans.all());
    for (Example example : ExamplePlans.syntheticExamples()) {
      try {
        plans.add(example.plan());
      } catch (IllegalStateException unreadable) {
        // A fixture of a reading problem (another major version, say) holds no plan to check.
      }
    }
    assertThat(plans).hasSizeGreaterThan(3);
    plans.forEach(MessagePlaceholderTest::assertFilled);
  }

  @Test
  void everyMessageOfGeneratedPlansIsFilled() {
    PropertyChecks.forAll(PlanArbitraries::plan, MessagePlaceholderTest::assertFilled);
  }
}
