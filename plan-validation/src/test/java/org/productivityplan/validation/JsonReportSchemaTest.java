package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON report agrees with its published schema, docs/validation-report-1.0.schema.json. */
class JsonReportSchemaTest {

  private static final Path SCHEMA =
      Path.of(System.getProperty("basedir", "."))
          .toAbsolutePath()
          .resolve("../docs/validation-report-1.0.schema.json")
          .normalize();

  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
  }

  private static List<Error> errors(String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  @Test
  void reportsOfEveryKindFollowTheSchema() {
    ValidationReport unreadable =
        ValidationReport.ofProblems(List.of(Reporting.readProblem())).withSource("broken.json");
    ValidationReport suppressed =
        TestRules.engine()
            .addRule(TestRules.silent("TT001"))
            .configuration(TestRules.config().suppress("TT001", "/kpis/0", "why", "a.json").build())
            .build()
            .validate(Plans.minimal(), List.of(), "a.json");

    String json =
        Reports.toJson(List.of(Reporting.report(), Reporting.clean(), unreadable, suppressed));

    assertThat(errors(json)).isEmpty();
  }

  @Test
  void theSchemaCheckCanFail() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode json = (ObjectNode) mapper.readTree(Reports.toJson(List.of(Reporting.report())));
    ((ObjectNode) json.get("reports").get(0).get("findings").get(0)).put("severity", "fatal");

    assertThat(errors(mapper.writeValueAsString(json))).isNotEmpty();
  }
}
