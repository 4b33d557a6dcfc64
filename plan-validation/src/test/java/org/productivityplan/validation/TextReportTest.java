package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Severity;

class TextReportTest {

  @Test
  void aReportReadsAsAVerdictThenFindingsByThemeThenGeneral() {
    String text = Reports.toText(List.of(Reporting.report()), false);

    assertThat(text)
        .isEqualTo(
            "plans/somerset plan.json (Somerset Council, \"Productivity Plan\"): NOT VALID"
                + " (2 errors, 1 warning, 1 info)\n"
                + "  Theme 3: Reducing wasteful spend\n"
                + "    warning TT130  Spend on consultants is not reported  [/specifiedSpend/1]\n"
                + "  General\n"
                + "    error   SDK001  Rule TT999 (test-rule-tt999) failed with"
                + " java.lang.IllegalStateException: boom; the plan was not fully checked\n"
                + "    error   IO004  Unknown status 'final'  [/status, line 4:13]\n"
                + "    info    TT172  The assurance framework is not described\n");
  }

  @Test
  void severalReportsEndWithATally() {
    String text = Reports.toText(List.of(Reporting.report(), Reporting.clean()), false);

    assertThat(text)
        .contains(
            "plans/devon.json (Somerset Council, \"Productivity Plan\"): complete"
                + " (0 errors, 0 warnings, 0 info)\n");
    assertThat(text).endsWith("2 plans: 1 not valid, 0 valid but incomplete, 1 complete\n");
  }

  @Test
  void colourIsUsedOnlyWhenAskedFor() {
    assertThat(Reports.toText(List.of(Reporting.report()), false)).doesNotContain("\u001B[");
    assertThat(Reports.toText(List.of(Reporting.report()), true))
        .contains("\u001B[31mNOT VALID\u001B[0m")
        .contains("\u001B[33mwarning\u001B[0m");
  }

  @Test
  void truncationIsStated() {
    Rule many =
        TestRules.rule(
            "TT100",
            Severity.INFO,
            null,
            (plan, context) -> {
              for (int i = 0; i < 5; i++) {
                context.report(JsonPointer.of("kpis", i), "k");
              }
            });
    ValidationReport report =
        TestRules.engine().addRule(many).maxFindings(2).build().validate(Plans.minimal());

    assertThat(Reports.toText(List.of(report), false)).contains("(showing 2 of 5 findings)");
  }

  @Test
  void aRuleCatalogueIsOneLinePerRule() {
    String text =
        Reports.rulesToText(
            List.of(
                TestRules.info("TT001", Severity.ERROR, null),
                TestRules.info("TT101", Severity.WARNING, null)));

    assertThat(text.lines())
        .containsExactly(
            "TT001  error   test-rule-tt001  A rule for tests.  (Integrity; test guidance §TT001)",
            "TT101  warning test-rule-tt101  A rule for tests.  (Integrity; test guidance §TT101)");
  }
}
