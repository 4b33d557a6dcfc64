package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks SARIF output against the SARIF 2.1.0 JSON Schema (see resources/sarif/README.md). */
class SarifReportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in =
        SarifReportTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
      assertThat(in).as("the SARIF schema in test resources").isNotNull();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
  }

  private static List<String> errors(String json) {
    List<String> messages = new ArrayList<>();
    for (Error error : schema.validate(json, InputFormat.JSON)) {
      messages.add(error.toString());
    }
    return messages;
  }

  private static String sarif() {
    return Reports.toSarif(List.of(Reporting.report(), Reporting.clean()), Reporting.rules());
  }

  @Test
  void theLogIsValidSarif() {
    assertThat(errors(sarif())).isEmpty();
  }

  @Test
  void theSchemaCheckCanFail() throws Exception {
    ObjectNode log = (ObjectNode) MAPPER.readTree(sarif());
    ((ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "fatal");

    assertThat(errors(MAPPER.writeValueAsString(log))).isNotEmpty();
  }

  @Test
  void rulesHaveAnIdAndADistinctName() throws Exception {
    JsonNode driver = MAPPER.readTree(sarif()).get("runs").get(0).get("tool").get("driver");

    assertThat(driver.get("name").asText()).isEqualTo("productivity-plan-sdk");
    List<String> ids = new ArrayList<>();
    for (JsonNode rule : driver.get("rules")) {
      ids.add(rule.get("id").asText());
      if (rule.has("name")) {
        assertThat(rule.get("name").asText()).isNotEqualTo(rule.get("id").asText());
      }
    }
    assertThat(ids).containsExactly("TT130", "TT172", "TT999", "IO004", "SDK001");
    JsonNode themed = driver.get("rules").get(0);
    assertThat(themed.get("name").asText()).isEqualTo("test-rule-tt130");
    assertThat(themed.get("shortDescription").get("text").asText()).isEqualTo("A rule for tests.");
    assertThat(themed.get("defaultConfiguration").get("level").asText()).isEqualTo("warning");
    assertThat(driver.get("rules").get(4).get("name").asText()).isEqualTo("rule-failed");
  }

  @Test
  void resultsCarryTextLevelAndBothKindsOfLocation() throws Exception {
    JsonNode run = MAPPER.readTree(sarif()).get("runs").get(0);
    JsonNode results = run.get("results");

    assertThat(results).hasSize(4);
    JsonNode read = results.get(1);
    assertThat(read.get("ruleId").asText()).isEqualTo("IO004");
    assertThat(read.get("ruleIndex").asInt()).isEqualTo(3);
    assertThat(read.get("level").asText()).isEqualTo("error");
    assertThat(read.get("message").get("text").asText()).isEqualTo("Unknown status 'final'");
    JsonNode location = read.get("locations").get(0);
    assertThat(location.get("physicalLocation").get("artifactLocation").get("uri").asText())
        .isEqualTo("plans/somerset%20plan.json");
    assertThat(location.get("physicalLocation").get("region").toString())
        .isEqualTo("{\"startLine\":4,\"startColumn\":13}");
    assertThat(location.get("logicalLocations").get(0).get("fullyQualifiedName").asText())
        .isEqualTo("/status");
    JsonNode info = results.get(3);
    assertThat(info.get("level").asText()).isEqualTo("note");
    assertThat(info.get("locations").get(0).get("physicalLocation").has("region")).isFalse();
    assertThat(run.get("invocations").get(0).get("executionSuccessful").asBoolean()).isFalse();
  }

  @Test
  void aReportWithoutSourceHasOnlyALogicalLocation() throws Exception {
    ValidationReport report =
        TestRules.engine()
            .addRule(
                TestRules.reporting(
                    "TT001", org.productivityplan.model.Severity.WARNING, "/kpis/0"))
            .build()
            .validate(Plans.minimal());

    String sarif = Reports.toSarif(List.of(report), List.of());
    JsonNode location =
        MAPPER.readTree(sarif).get("runs").get(0).get("results").get(0).get("locations").get(0);

    assertThat(errors(sarif)).isEmpty();
    assertThat(location.has("physicalLocation")).isFalse();
    assertThat(location.get("logicalLocations").get(0).get("fullyQualifiedName").asText())
        .isEqualTo("/kpis/0");
  }

  @Test
  void aRuleListedTwiceIsDescribedOnce() throws Exception {
    List<RuleInfo> twice = new ArrayList<>(Reporting.rules());
    twice.addAll(Reporting.rules());

    String sarif = Reports.toSarif(List.of(Reporting.report()), twice);
    JsonNode run = MAPPER.readTree(sarif).get("runs").get(0);

    assertThat(errors(sarif)).isEmpty();
    assertThat(run.get("tool").get("driver").get("rules")).hasSize(5);
    for (JsonNode result : run.get("results")) {
      int index = result.get("ruleIndex").asInt();
      assertThat(run.get("tool").get("driver").get("rules").get(index).get("id").asText())
          .isEqualTo(result.get("ruleId").asText());
    }
  }
}
