package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.internal.CountOnly;

/**
 * A rule that counts in place of reporting when the engine says a report would only be counted
 * leaves the same report as one that always reports.
 */
class CountOnlyTest {

  /** Errors at /kpis/0 to /kpis/4: with a cap of two, they fill the report. */
  private static final Rule ERRORS =
      TestRules.rule(
          "TT901",
          Severity.ERROR,
          null,
          (plan, context) -> {
            for (int i = 0; i < 5; i++) {
              context.report(JsonPointer.of("kpis", i), "Error {0}", i);
            }
          });

  /** Information on theme 1 at /projects/0 to /projects/9, counted when it may be; counts how often. */
  private static Rule information(boolean counting, int[] counted) {
    return TestRules.rule(
        "TT902",
        Severity.INFO,
        Theme.TRANSFORMING_SERVICES,
        (plan, context) -> {
          for (int i = 0; i < 10; i++) {
            if (counting && CountOnly.counted(context)) {
              counted[0]++;
            } else {
              context.report(JsonPointer.of("projects", i), "Information {0}", i);
            }
          }
        });
  }

  private static ValidationReport validate(ValidationConfig config, boolean counting, int[] counted) {
    return PlanValidator.builder()
        .configuration(config)
        .maxFindings(2)
        .addRule(ERRORS)
        .addRule(information(counting, counted))
        .build()
        .validate(Plans.minimal());
  }

  @Test
  void countingInPlaceOfReportingLeavesTheSameReport() {
    int[] counted = {0};
    ValidationReport reporting = validate(TestRules.config().build(), false, new int[1]);
    ValidationReport counting = validate(TestRules.config().build(), true, counted);

    assertThat(counted[0]).isEqualTo(10);
    assertThat(counting).isEqualTo(reporting);
    assertThat(counting.totalFindings()).isEqualTo(15);
    assertThat(counting.count(Severity.INFO)).isEqualTo(10);
    assertThat(counting.countsByTheme()).containsEntry(Theme.TRANSFORMING_SERVICES, 10);
    assertThat(counting.findings()).extracting(f -> f.pointer()).containsExactly("/kpis/0", "/kpis/1");
  }

  @Test
  void aFindingThatASuppressionMayMatchIsReported() {
    int[] counted = {0};
    ValidationConfig config =
        TestRules.config().suppress("TT902", "/projects/3", "Known and accepted").build();
    ValidationReport counting = validate(config, true, counted);

    assertThat(counted[0]).isZero();
    assertThat(counting).isEqualTo(validate(config, false, new int[1]));
    assertThat(counting.suppressedCount()).isEqualTo(1);
  }

  @Test
  void aFindingThatCouldStillBeListedIsReported() {
    int[] counted = {0};
    ValidationReport report =
        PlanValidator.builder()
            .configuration(TestRules.config().build())
            .addRule(ERRORS)
            .addRule(information(true, counted))
            .build()
            .validate(Plans.minimal());

    assertThat(counted[0]).isZero();
    assertThat(report.findings()).hasSize(15);
  }
}
