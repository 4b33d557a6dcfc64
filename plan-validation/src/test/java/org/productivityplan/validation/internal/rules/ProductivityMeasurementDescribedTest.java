package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductivityMeasurementDescribedTest {

  private final ProductivityMeasurementDescribed rule = new ProductivityMeasurementDescribed();

  @Test
  void aStatedMeasurePasses() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void aContextWithoutOneIsReportedAtTheContext() {
    assertThat(check(rule, Plans.withContext(c -> c.productivityMeasurement(Optional.empty()))))
        .containsExactly(
            "WARNING /context: The plan does not say how the council measures productivity");
  }

  @Test
  void aBlankOneIsReportedAtItself() {
    assertThat(check(rule, Plans.withContext(c -> c.productivityMeasurement(" "))))
        .containsExactly(
            "WARNING /context/productivityMeasurement: The plan does not say how the council"
                + " measures productivity");
  }

  @Test
  void noContextIsReportedAtThePlan() {
    assertThat(check(rule, Plans.minimal()))
        .containsExactly("WARNING : The plan does not say how the council measures productivity");
  }
}
