package org.productivityplan.validation;

import java.util.List;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;

/** A validator and reports with every kind of finding, for the report writers' tests. */
final class Reporting {

  private Reporting() {}

  static final Rule THEMED =
      TestRules.rule(
          "TT130",
          Severity.WARNING,
          Theme.REDUCING_WASTEFUL_SPEND,
          (plan, context) ->
              context.report("/specifiedSpend/1", "Spend on {0} is not reported", "consultants"));

  static final Rule GENERAL =
      TestRules.rule(
          "TT172",
          Severity.INFO,
          null,
          (plan, context) -> context.report("", "The assurance framework is not described"));

  static final Rule FAILING = TestRules.throwing("TT999");

  static PlanValidator validator() {
    return TestRules.engine().addRule(THEMED).addRule(GENERAL).addRule(FAILING).build();
  }

  /** The metadata of this class's rules, without the (disabled) catalogue. */
  static List<RuleInfo> rules() {
    return List.of(THEMED.info(), GENERAL.info(), FAILING.info());
  }

  static Finding readProblem() {
    return Finding.builder()
        .ruleId("IO004")
        .severity(Severity.ERROR)
        .message("Unknown status 'final'")
        .addArguments("final")
        .pointer("/status")
        .line(4)
        .column(13)
        .build();
  }

  /** One report with findings of each severity, a place in the file, a theme and none. */
  static ValidationReport report() {
    return validator()
        .validate(Plans.minimal(), List.of(readProblem()))
        .withSource("plans/somerset plan.json");
  }

  static ValidationReport clean() {
    return TestRules.engine()
        .addRule(TestRules.silent("TT001"))
        .build()
        .validate(Plans.minimal())
        .withSource("plans/devon.json");
  }
}
