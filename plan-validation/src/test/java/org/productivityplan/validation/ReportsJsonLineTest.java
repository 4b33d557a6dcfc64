package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;

/** {@link Reports#toJsonLine}: one report, one line, the same object as in {@link Reports#toJson}. */
class ReportsJsonLineTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static ValidationReport report() {
    return ValidationReport.ofProblems(
            List.of(
                Finding.builder()
                    .ruleId("IO001")
                    .severity(Severity.ERROR)
                    .message("Malformed JSON: \"unexpected\nend\"")
                    .pointer("/council")
                    .line(3)
                    .column(7)
                    .build(),
                Finding.builder()
                    .ruleId("IO026")
                    .severity(Severity.INFO)
                    .message("Unknown property 'x'")
                    .pointer("/x")
                    .build()))
        .withSource("plans.jsonl:3");
  }

  @Test
  void isOneLineEndingWithANewline() {
    String line = Reports.toJsonLine(report());

    assertThat(line).endsWith("\n");
    assertThat(line.substring(0, line.length() - 1)).doesNotContain("\n", "\r");
  }

  @Test
  void isTheSameObjectAsAnElementOfTheReportsDocument() throws Exception {
    JsonNode line = MAPPER.readTree(Reports.toJsonLine(report()));
    JsonNode document = MAPPER.readTree(Reports.toJson(List.of(report())));

    assertThat(line).isEqualTo(document.get("reports").get(0));
    assertThat(line.get("source").asText()).isEqualTo("plans.jsonl:3");
    assertThat(line.get("counts").get("error").asInt()).isEqualTo(1);
    assertThat(line.get("findings").get(0).get("message").asText())
        .isEqualTo("Malformed JSON: \"unexpected\nend\"");
  }
}
