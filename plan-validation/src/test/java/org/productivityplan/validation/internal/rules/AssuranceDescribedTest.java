package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssuranceDescribedTest {

  private final AssuranceDescribed rule = new AssuranceDescribed();

  @Test
  void anAssuranceActivityPasses() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void noActivityIsReportedAtTheContextOrThePlan() {
    assertThat(check(rule, Plans.withContext(c -> c.assuranceActivities(List.of()))))
        .containsExactly("INFO /context: The plan describes no assurance activity");
    assertThat(check(rule, Plans.minimal()))
        .containsExactly("INFO : The plan describes no assurance activity");
  }
}
