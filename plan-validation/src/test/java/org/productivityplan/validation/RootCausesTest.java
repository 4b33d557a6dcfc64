package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;

/**
 * Root causes, not cascades: when theme 2 or 3 is not addressed at all (PP102, PP103), the rules
 * that detail it (PP120; PP130 to PP133) report consequences linked to that finding, indented under
 * it in the text report and not counted twice; and a theme the record did not assess is reported
 * as "not assessed" (information) instead of as shortfalls.
 */
class RootCausesTest {

  /** A plan with a council and a title only: themes 2 and 3 are not addressed at all. */
  private static final ProductivityPlan BARE = Plans.minimal();

  private static final String THEME_2 = Theme.TECHNOLOGY_AND_DATA.title();

  private static Map<String, Optional<String>> causes(ValidationReport report) {
    return report.findings().stream()
        .filter(f -> List.of("PP102", "PP103", "PP120", "PP130", "PP131", "PP132", "PP133")
            .contains(f.ruleId()))
        .collect(Collectors.toMap(Finding::ruleId, Finding::causedBy));
  }

  @Test
  void detailsOfAnUnaddressedThemeAreConsequencesOfItsThemeRule() {
    ValidationReport report = PlanValidator.standard().validate(BARE);
    assertThat(causes(report))
        .containsEntry("PP102", Optional.empty())
        .containsEntry("PP103", Optional.empty())
        .containsEntry("PP120", Optional.of("PP102"))
        .containsEntry("PP130", Optional.of("PP103"))
        .containsEntry("PP131", Optional.of("PP103"))
        .containsEntry("PP132", Optional.of("PP103"))
        .containsEntry("PP133", Optional.of("PP103"));
    long rootWarnings =
        report.findings().stream()
            .filter(f -> f.severity() == Severity.WARNING && f.causedBy().isEmpty())
            .count();
    assertThat(report.count(Severity.WARNING)).isEqualTo((int) rootWarnings);
    assertThat(report.totalFindings()).isEqualTo(report.findings().size());
    assertThat(report.countsByTheme().get(Theme.TECHNOLOGY_AND_DATA)).isEqualTo(1);
  }

  @Test
  void aConsequenceIsIndentedUnderItsCauseAndLinkedInJsonAndSarif() {
    ValidationReport report = PlanValidator.standard().validate(BARE);
    String text = Reports.toText(List.of(report), false);
    assertThat(text)
        .containsPattern("\n    warning PP102  Theme 2[^\n]*\n      warning PP120  [^\n]*\n");
    assertThat(Reports.toJson(List.of(report)))
        .containsPattern("\"causedBy\"\\s*:\\s*\"PP103\"");
    assertThat(Reports.toSarif(List.of(report), PlanValidator.standard().rules()))
        .containsPattern("\"causedBy\"\\s*:\\s*\"PP102\"");
  }

  @Test
  void withItsCauseSuppressedAConsequenceStandsOnItsOwn() {
    ValidationConfig config =
        ValidationConfig.builder().suppress("PP102", "", "Theme 2 is in an annex").build();
    ValidationReport report =
        PlanValidator.builder().configuration(config).build().validate(BARE);
    assertThat(causes(report)).doesNotContainKey("PP102").containsEntry("PP120", Optional.empty());
    assertThat(report.countsByTheme().get(Theme.TECHNOLOGY_AND_DATA)).isEqualTo(1);
  }

  @Test
  void themesTheRecordDidNotAssessAreReportedAsNotAssessed() {
    ProductivityPlan partial =
        ProductivityPlan.builder()
            .from(BARE)
            .addNotAssessed(Theme.TECHNOLOGY_AND_DATA)
            .coverageNote("Page 3 of the published copy is unreadable")
            .build();
    List<Finding> theme2 =
        PlanValidator.standard().validate(partial).findings().stream()
            .filter(f -> f.theme().equals(Optional.of(Theme.TECHNOLOGY_AND_DATA)))
            .toList();
    assertThat(theme2)
        .extracting(f -> f.ruleId() + " " + f.severity().code() + " " + f.message())
        .containsExactly(
            "PP102 info Not assessed: this record does not cover theme 2 (" + THEME_2 + "), so"
                + " technology-and-data-addressed was not checked",
            "PP120 info Not assessed: this record does not cover theme 2 (" + THEME_2 + "), so"
                + " technology-initiative-described was not checked");
  }
}
