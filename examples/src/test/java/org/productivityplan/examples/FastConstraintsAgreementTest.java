package org.productivityplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.testing.PropertyChecks;

/**
 * The engine checks the model's Jakarta constraints by its own table-driven walk; Hibernate
 * Validator is the reference. Both must give the same violations (rule, pointer, message,
 * arguments) on the bundled, synthetic and generated plans.
 */
class FastConstraintsAgreementTest {

  // The bridge is internal to plan-validation; these tests run on the class path, so reach it by
  // name rather than widen the module's exports for a test.
  private static final Class<?> BRIDGE = bridge();

  private static Class<?> bridge() {
    try {
      return Class.forName("org.productivityplan.validation.internal.BeanValidation");
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Object call(String method, ProductivityPlan plan) {
    try {
      return BRIDGE.getMethod(method, ProductivityPlan.class).invoke(null, plan);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The violations as text (each a record: rule, pointer, message, arguments), sorted. */
  private static List<String> violations(String method, ProductivityPlan plan) {
    List<String> texts = new ArrayList<>();
    for (Object violation : (List<?>) call(method, plan)) {
      texts.add(violation.toString());
    }
    texts.sort(null);
    return texts;
  }

  /** Asserts agreement and that the fast path answered; returns the number of violations. */
  private static int agree(ProductivityPlan plan) {
    assertThat(call("isFast", plan)).as("the fast path answers").isEqualTo(true);
    List<String> fast = violations("validate", plan);
    assertThat(fast).isEqualTo(violations("validateWithHibernate", plan));
    return fast.size();
  }

  @Test
  void theBundledAndSyntheticPlansAgree() {
    int plans = 0;
    int violations = 0;
    for (Example example : ExamplePlans.examples()) {
      ProductivityPlan plan;
      try {
        plan = example.plan();
      } catch (RuntimeException refused) {
        continue; // a fixture made to be refused by the reader, or a council plan
      }
      violations += agree(plan);
      plans++;
    }
    assertThat(plans).isGreaterThan(10);
    // The synthetic fixtures of rules PP001, PP005 and PP007 violate constraints: the comparison
    // is not between two empty lists.
    assertThat(violations).isPositive();
  }

  @Test
  void generatedPlansAgree() {
    AtomicInteger violations = new AtomicInteger();
    int tries = PropertyChecks.forAll(200, PlanArbitraries::plan, p -> violations.addAndGet(agree(p)));
    assertThat(tries).isEqualTo(200);
    assertThat(violations.get()).isPositive();
  }
}
