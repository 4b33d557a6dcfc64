package org.productivityplan.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.productivityplan.examples.ExamplePlans;
import org.productivityplan.model.Finding;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.Reports;
import org.productivityplan.validation.ValidationReport;

/** Reports through a plain ObjectMapper: the documented report format, every finding kept. */
class ReportsTest {

  /** A service's own response: its fields and a report. */
  public record Response(String requestId, ValidationReport report, List<Finding> highlights) {}

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new PlanModule());
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    // The published schema of the report format, from the docs of this repository.
    Path file = Path.of("..", "docs", "validation-report-1.0.schema.json");
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
        .getSchema(Files.readString(file), InputFormat.JSON);
  }

  private static List<String> errors(JsonNode document) {
    return schema.validate(document.toString(), InputFormat.JSON).stream().map(Object::toString).toList();
  }

  private static ValidationReport somerset() {
    return PlanValidator.standard().validate(ExamplePlans.somerset2024()).withSource("somerset-2024.json");
  }

  @Test
  void aReportIsWrittenWithEveryFindingAsReportsWritesIt() throws Exception {
    ValidationReport report = somerset();
    assertThat(report.findings()).isNotEmpty();

    JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(report));
    assertThat(written).isEqualTo(MAPPER.readTree(Reports.toJsonLine(report)));
    assertThat(written.get("findings")).hasSize(report.findings().size());
    assertThat(written.get("valid").asBoolean()).isEqualTo(report.isValid());
  }

  @Test
  void reportsInAServicesResponseValidateAgainstTheReportSchema() throws Exception {
    ValidationReport report = somerset();
    Response response = new Response("r-1", report, report.findings().subList(0, 2));

    JsonNode written = MAPPER.readTree(MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(response));
    ObjectNode document = MAPPER.createObjectNode().put("formatVersion", "1.0");
    document.putArray("reports").add(written.get("report"));
    assertThat(errors(document)).isEmpty();

    JsonNode highlights = written.get("highlights");
    assertThat(highlights).hasSize(2);
    assertThat(highlights.get(0)).isEqualTo(written.get("report").get("findings").get(0));
    assertThat(highlights.get(1)).isEqualTo(written.get("report").get("findings").get(1));
  }

  @Test
  void theSchemaCheckCanFail() throws Exception {
    ObjectNode report = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(somerset()));
    ((ObjectNode) report.get("findings").get(0)).put("severity", "fatal");
    ObjectNode document = MAPPER.createObjectNode().put("formatVersion", "1.0");
    document.putArray("reports").add(report);
    assertThat(errors(document)).isNotEmpty();
  }
}
