package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import org.junit.jupiter.api.Test;
import org.productivityplan.model.Council;

class CouncilIdentifiedTest {

  private final CouncilIdentified rule = new CouncilIdentified();

  @Test
  void aNamedCouncilWithACodePasses() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void aMissingCodeIsReportedAtTheCouncil() {
    assertThat(check(rule, Plans.minimal()))
        .containsExactly("ERROR /council: Council 'Somerset Council' has no GSS code");
  }

  @Test
  void aBlankNameIsReportedAtTheName() {
    Council council = Council.builder().name("  ").gssCode("E06000066").build();
    assertThat(check(rule, Plans.completeWith(b -> b.council(council))))
        .containsExactly("ERROR /council/name: The council's name is blank");
  }

  @Test
  void theFormOfAPresentCodeIsLeftToBeanValidation() {
    Council council = Council.builder().name("Somerset Council").gssCode("W06000001").build();
    assertThat(check(rule, Plans.completeWith(b -> b.council(council)))).isEmpty();
  }
}
