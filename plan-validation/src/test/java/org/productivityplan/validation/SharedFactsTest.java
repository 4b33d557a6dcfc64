package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.internal.SharedFacts;

/** The engine's contexts find a fact shared by rules once per validation, and anew for the next. */
class SharedFactsTest {

  /** A fact: one object per time it is found. */
  private static final class Fact {}

  @Test
  void rulesOfOneValidationShareAFactAndTheNextValidationFindsItAnew() {
    List<Fact> seen = new ArrayList<>();
    int[] found = {0};
    Rule first =
        TestRules.rule(
            "TT901",
            Severity.INFO,
            null,
            (plan, context) ->
                seen.add(
                    SharedFacts.of(
                        context,
                        Fact.class,
                        () -> {
                          found[0]++;
                          return new Fact();
                        })));
    Rule second =
        TestRules.rule(
            "TT902",
            Severity.INFO,
            null,
            (plan, context) ->
                seen.add(
                    SharedFacts.of(
                        context.consequenceOf("TT901"),
                        Fact.class,
                        () -> {
                          found[0]++;
                          return new Fact();
                        })));
    PlanValidator validator = TestRules.engine().addRule(first).addRule(second).build();

    validator.validate(Plans.minimal());
    assertThat(found[0]).isEqualTo(1);
    assertThat(seen).hasSize(2);
    assertThat(seen.get(1)).isSameAs(seen.get(0));

    validator.validate(Plans.minimal());
    assertThat(found[0]).isEqualTo(2);
    assertThat(seen.get(2)).isSameAs(seen.get(3)).isNotSameAs(seen.get(0));
  }
}
