package org.productivityplan.validation.internal.rules;

import org.productivityplan.model.Council;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP001: the council is identified by a name and a GSS code.
 *
 * <p>This rule reports a blank council name and an absent GSS code. It does <em>not</em> check the
 * form of a code that is present: the {@code @Pattern} constraint on {@code Council.gssCode()}
 * does, and the engine maps its violations to PP001, so checking it here too would report the same
 * fault twice. The names of predecessor councils are checked by PP007.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class CouncilIdentified implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP001")
          .name("council-identified")
          .summary(
              "The council is identified by a name and a GSS code of the form E06, E07, E08, E09 or"
                  + " E10 and six digits.")
          .category(RuleCategory.INTEGRITY)
          .defaultSeverity(Severity.ERROR)
          .guidance("Office for National Statistics, Register of Geographic Codes (GSS codes)")
          .rationale(
              "A plan that does not say whose it is cannot be compared, published or traced to a"
                  + " council; the GSS code is the one identifier that does not vary with spelling"
                  + " or reorganisation.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    Council council = plan.council();
    if (!Checks.hasText(council.name())) {
      context.report(JsonPointer.of("council", "name"), "The council's name is blank");
    }
    if (council.gssCode().isEmpty()) {
      context.report(JsonPointer.of("council"), "Council '{0}' has no GSS code", council.name());
    }
  }
}
