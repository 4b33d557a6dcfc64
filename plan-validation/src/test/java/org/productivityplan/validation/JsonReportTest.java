package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Severity;

class JsonReportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void theReportHasTheDocumentedShapeInTheDocumentedOrder() throws Exception {
    JsonNode root = MAPPER.readTree(Reports.toJson(List.of(Reporting.report())));

    assertThat(names(root)).containsExactly("formatVersion", "reports");
    JsonNode report = root.get("reports").get(0);
    assertThat(names(report))
        .containsExactly(
            "source",
            "council",
            "title",
            "profile",
            "valid",
            "complete",
            "counts",
            "countsByTheme",
            "totalFindings",
            "truncated",
            "suppressed",
            "erroredRules",
            "unusedSuppressions",
            "findings");
    assertThat(report.get("source").asText()).isEqualTo("plans/somerset plan.json");
    assertThat(report.get("council").asText()).isEqualTo("Somerset Council");
    assertThat(report.get("valid").asBoolean()).isFalse();
    assertThat(report.get("counts").toString()).isEqualTo("{\"error\":2,\"warning\":1,\"info\":1}");
    assertThat(report.get("countsByTheme").toString()).isEqualTo("{\"reducingWastefulSpend\":1}");
    assertThat(report.get("erroredRules").toString()).isEqualTo("[\"TT999\"]");
    JsonNode first = report.get("findings").get(1);
    assertThat(names(first))
        .containsExactly(
            "ruleId",
            "severity",
            "message",
            "messageKey",
            "arguments",
            "pointer",
            "line",
            "column",
            "fingerprint");
    assertThat(first.get("ruleId").asText()).isEqualTo("IO004");
    assertThat(first.get("line").asInt()).isEqualTo(4);
    JsonNode themed = report.get("findings").get(2);
    assertThat(themed.get("ruleId").asText()).isEqualTo("TT130");
    assertThat(themed.get("severity").asText()).isEqualTo("warning");
    assertThat(themed.get("theme").asText()).isEqualTo("reducingWastefulSpend");
    assertThat(themed.get("guidance").asText()).isEqualTo("test guidance §TT130");
    assertThat(themed.has("line")).isFalse();
  }

  @Test
  void aCleanReportIsWrittenExactlyAsDocumented() {
    assertThat(Reports.toJson(List.of(Reporting.clean())))
        .isEqualTo(
            "{\n"
                + "  \"formatVersion\": \"1.0\",\n"
                + "  \"reports\": [\n"
                + "    {\n"
                + "      \"source\": \"plans/devon.json\",\n"
                + "      \"council\": \"Somerset Council\",\n"
                + "      \"title\": \"Productivity Plan\",\n"
                + "      \"profile\": \"dluhc-2024\",\n"
                + "      \"valid\": true,\n"
                + "      \"complete\": true,\n"
                + "      \"counts\": {\n"
                + "        \"error\": 0,\n"
                + "        \"warning\": 0,\n"
                + "        \"info\": 0\n"
                + "      },\n"
                + "      \"countsByTheme\": {},\n"
                + "      \"totalFindings\": 0,\n"
                + "      \"truncated\": false,\n"
                + "      \"suppressed\": 0,\n"
                + "      \"erroredRules\": [],\n"
                + "      \"unusedSuppressions\": [],\n"
                + "      \"findings\": []\n"
                + "    }\n"
                + "  ]\n"
                + "}\n");
  }

  @Test
  void theOutputIsDeterministic() {
    assertThat(Reports.toJson(List.of(Reporting.report())))
        .isEqualTo(Reports.toJson(List.of(Reporting.report())));
  }

  @Test
  void truncationIsStated() throws Exception {
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

    JsonNode json = MAPPER.readTree(Reports.toJson(List.of(report))).get("reports").get(0);

    assertThat(json.get("truncated").asBoolean()).isTrue();
    assertThat(json.get("totalFindings").asInt()).isEqualTo(5);
    assertThat(json.get("findings")).hasSize(2);
    assertThat(json.get("counts").get("info").asInt()).isEqualTo(5);
  }

  @Test
  void unusedSuppressionsAreListed() throws Exception {
    ValidationReport report =
        TestRules.engine()
            .addRule(TestRules.silent("TT001"))
            .configuration(
                TestRules.config()
                    .suppress("TT001", "/kpis/0", "why")
                    .suppress("TT001", "", "there", "a.json")
                    .build())
            .build()
            .validate(Plans.minimal(), List.of(), "a.json");

    JsonNode json = MAPPER.readTree(Reports.toJson(List.of(report))).get("reports").get(0);

    assertThat(json.get("unusedSuppressions").toString())
        .isEqualTo(
            "[{\"rule\":\"TT001\",\"pointer\":\"/kpis/0\",\"justification\":\"why\"},"
                + "{\"rule\":\"TT001\",\"pointer\":\"\",\"justification\":\"there\","
                + "\"source\":\"a.json\"}]");
    assertThat(json.get("findings").get(0).get("ruleId").asText()).isEqualTo("SDK002");
  }

  @Test
  void aRuleCatalogueListsEveryField() throws Exception {
    RuleInfo info =
        TestRules.info(
            "TT101", Severity.WARNING, org.productivityplan.model.Theme.TRANSFORMING_SERVICES);

    JsonNode rule = MAPPER.readTree(Reports.rulesToJson(List.of(info))).get("rules").get(0);

    assertThat(names(rule))
        .containsExactly(
            "id", "name", "summary", "category", "severity", "theme", "guidance", "rationale");
    assertThat(rule.get("name").asText()).isEqualTo("test-rule-tt101");
    assertThat(rule.get("category").asText()).isEqualTo("integrity");
    assertThat(rule.get("theme").asText()).isEqualTo("transformingServices");
  }
}
