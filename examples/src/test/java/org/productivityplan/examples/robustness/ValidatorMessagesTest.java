package org.productivityplan.examples.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.io.PlanJson;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.Reports;
import org.productivityplan.validation.ValidationReport;

/**
 * The validator's messages quote the plan's own text (ids, names); text holding control characters
 * must not break a report's lines or drive the terminal that shows it.
 */
class ValidatorMessagesTest {

  /** A plan whose spend line's id clears the screen and turns the text red. */
  private static final String PLAN = "{\"schemaVersion\": \"1.0\", \"council\": {\"name\": \"C\", \"gssCode\": \"E06000066\"},"
      + " \"title\": \"T\", \"specifiedSpend\": [{\"id\": \"S1\\u001b[2J\\u001b[31m\\nforged line\","
      + " \"category\": \"tradeUnionFacilityTime\", \"financialYear\": \"2023/24\","
      + " \"amount\": {\"amount\": 100, \"currency\": \"GBP\"}}]}";

  @Test
  void messagesAndTheTextReportAreFreeOfControlCharacters() {
    ProductivityPlan plan = PlanJson.standard().read(PLAN).value().orElseThrow();

    ValidationReport report = PlanValidator.standard().validate(plan);

    assertThat(report.findings()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("PP133"));
    assertThat(report.findings())
        .allSatisfy(f -> assertThat(f.message()).doesNotContainPattern("[\\x00-\\x1F\\x7F-\\x9F]"));
    assertThat(Reports.toText(List.of(report.withSource("plan.json")), false)).doesNotContain("\u001b");
  }
}
