package org.productivityplan.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;

/** The canonical samples read cleanly, are schema-valid, and write back byte for byte. */
class RoundTripTest {

  static final List<String> PLANS = Samples.PLANS;
  static final List<String> COUNCIL_PLANS = Samples.COUNCIL_PLANS;

  private static final PlanJson JSON = PlanJson.standard();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  static List<Error> validate(String schema, String document) {
    Schema s = REGISTRY.getSchema(schema, InputFormat.JSON);
    return s.validate(document, InputFormat.JSON);
  }

  @ParameterizedTest
  @FieldSource("PLANS")
  void planSampleWritesBackByteForByte(String name) throws IOException {
    byte[] original = Samples.bytes(name);
    ReadResult<ProductivityPlan> result = JSON.read(new ByteArrayInputStream(original), name);

    assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
    ProductivityPlan plan = result.value().orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(plan, out);
    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo(new String(original, StandardCharsets.UTF_8));
    assertThat(out.toByteArray()).isEqualTo(original);
    assertThat(JSON.read(JSON.write(plan)).value()).contains(plan);
  }

  @ParameterizedTest
  @FieldSource("COUNCIL_PLANS")
  void councilPlanSampleWritesBackByteForByte(String name) {
    String original = Samples.text(name);
    ReadResult<CouncilPlan> result = JSON.readCouncilPlan(original);

    assertThat(result.problems()).isEmpty();
    CouncilPlan plan = result.value().orElseThrow();
    assertThat(JSON.write(plan)).isEqualTo(original);
    assertThat(JSON.readCouncilPlan(JSON.write(plan)).value()).contains(plan);
  }

  @ParameterizedTest
  @FieldSource("PLANS")
  void planSampleIsValidAgainstTheSchema(String name) {
    assertThat(validate(PlanJson.schema(), Samples.text(name))).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("COUNCIL_PLANS")
  void councilPlanSampleIsValidAgainstItsSchema(String name) {
    assertThat(validate(PlanJson.councilPlanSchema(), Samples.text(name))).isEmpty();
  }

  @Test
  void fullSampleKeepsItsUnknownPropertyAndReportsItAsInformation() {
    ReadResult<ProductivityPlan> result = JSON.read(Samples.text("full.json"));

    assertThat(result.problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.ruleId()).isEqualTo("IO026");
          assertThat(p.severity()).isEqualTo(Severity.INFO);
          assertThat(p.pointer()).isEqualTo("/xVendorNote");
        });
    assertThat(result.value().orElseThrow().unknownProperties().get("xVendorNote").json())
        .isEqualTo("{\"tool\":\"planner\",\"tags\":[1,2.50,true,null,\"a\\tb\"],\"nested\":{}}");
  }

  @Test
  void schemaRejectsAPlanWithoutCouncilAndAWrongFinancialYear() {
    String bad = "{\"schemaVersion\": \"1.0\", \"title\": \"T\", \"specifiedSpend\": "
        + "[{\"id\": \"S1\", \"category\": \"edi\", \"financialYear\": \"2023-24\"}]}";
    List<Error> errors = validate(PlanJson.schema(), bad);
    assertThat(errors).hasSizeGreaterThanOrEqualTo(2);
    assertThat(errors.toString()).contains("council").contains("/specifiedSpend/0/financialYear");
  }

  @Test
  void schemasAreDraft2020WithStableIdsThatAreNeverFetched() {
    assertThat(PlanJson.schema())
        .startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"
            + "  \"$id\": \"urn:productivityplan:schema:productivity-plan:1.0\",\n")
        .doesNotContain("http://")
        .endsWith("}\n");
    assertThat(PlanJson.councilPlanSchema())
        .contains("\"$id\": \"urn:productivityplan:schema:council-plan:1.0\"");
    // Every $ref is local to the document: nothing for a validator to fetch.
    assertThat(PlanJson.schema().lines().filter(l -> l.contains("\"$ref\"")))
        .allSatisfy(l -> assertThat(l).contains("\"#/$defs/"));
  }

  static String describe(List<Finding> problems) {
    return problems.toString();
  }
}
