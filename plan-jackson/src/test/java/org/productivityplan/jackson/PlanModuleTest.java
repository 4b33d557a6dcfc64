package org.productivityplan.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.productivityplan.examples.ExamplePlans;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadLimits;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;

/** A service's own classes holding plans, through a plain ObjectMapper with the module. */
class PlanModuleTest {

  /** A service's request body: its own fields, then a plan. */
  @JsonPropertyOrder({"requestId", "plan"})
  public record Submission(String requestId, ProductivityPlan plan) {}

  /** A service's own object holding a council plan. */
  public record Attachment(String name, CouncilPlan councilPlan) {}

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new PlanModule());

  private static String compact(ProductivityPlan plan) throws Exception {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = MAPPER.getFactory().createGenerator(out)) {
      PlanJson.standard().write(plan, gen);
    }
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {ExamplePlans.SOMERSET_2024, ExamplePlans.DEVON_2024, ExamplePlans.SEFTON_2024})
  void aDtoHoldingARealPlanRoundTripsByteForByteInThePlanPart(String name) throws Exception {
    String canonical = ExamplePlans.json(name);
    ProductivityPlan plan = PlanJson.standard().read(canonical, name).value().orElseThrow();
    String body = "{\"requestId\":\"r-1\",\"plan\":" + canonical + "}";

    Submission read = MAPPER.readValue(body, Submission.class);
    assertThat(read.requestId()).isEqualTo("r-1");
    assertThat(read.plan()).isEqualTo(plan);

    String written = MAPPER.writeValueAsString(read);
    String prefix = "{\"requestId\":\"r-1\",\"plan\":";
    assertThat(written).startsWith(prefix).endsWith("}");
    String planPart = written.substring(prefix.length(), written.length() - 1);
    assertThat(planPart).isEqualTo(compact(plan));
    // The plan part, laid out canonically again, is the fixture to the byte.
    ProductivityPlan again = PlanJson.standard().read(planPart, "plan part").value().orElseThrow();
    assertThat(PlanJson.standard().write(again).getBytes(StandardCharsets.UTF_8))
        .isEqualTo(canonical.getBytes(StandardCharsets.UTF_8));
    assertThat(MAPPER.readValue(written, Submission.class)).isEqualTo(read);
  }

  @Test
  void aPlanAtTheRootReadsAndWritesLikePlanJson() throws Exception {
    String canonical = ExamplePlans.json(ExamplePlans.DEVON_2024);
    ProductivityPlan plan = MAPPER.readValue(canonical, ProductivityPlan.class);
    assertThat(plan).isEqualTo(ExamplePlans.devon2024());
    assertThat(MAPPER.writeValueAsString(plan)).isEqualTo(compact(plan));
  }

  @Test
  void unknownPropertiesAreKeptAndWrittenBack() throws Exception {
    String body = "{\"requestId\":\"r\",\"plan\":{\"schemaVersion\":\"1.0\",\"council\":{\"name\":\"Testshire\"},\"title\":\"P\","
        + "\"x-local\":{\"b\":[1,2.50,\"s\"],\"a\":null}}}";
    Submission read = MAPPER.readValue(body, Submission.class);
    assertThat(read.plan().unknownProperties()).containsKey("x-local");
    assertThat(MAPPER.writeValueAsString(read)).contains("\"x-local\":{\"b\":[1,2.50,\"s\"],\"a\":null}");
  }

  @Test
  void aCouncilPlanInADtoRoundTrips() throws Exception {
    CouncilPlan councilPlan = ExamplePlans.somersetBusinessPlan2021();
    Attachment attachment = new Attachment("business plan", councilPlan);
    String json = MAPPER.writeValueAsString(attachment);
    assertThat(MAPPER.readValue(json, Attachment.class)).isEqualTo(attachment);
  }

  @Test
  void aPlanThatCannotBeReadThrowsOneExceptionWithEveryProblemPlacedInTheWholeDocument() {
    String body = "{\n  \"requestId\": \"r\",\n  \"plan\": {\n    \"schemaVersion\": \"1.0\", \"council\": {\"name\": \"Testshire\", \"gssCode\": 7},\n"
        + "    \"title\": \"P\",\n    \"planDate\": \"July 2024\",\n    \"projects\": {}\n  }\n}";
    assertThatThrownBy(() -> MAPPER.readValue(body, Submission.class))
        .isInstanceOf(PlanReadException.class)
        .isInstanceOf(JsonMappingException.class)
        .satisfies(e -> {
          PlanReadException p = (PlanReadException) e;
          List<Finding> errors = p.errors();
          assertThat(errors).hasSizeGreaterThanOrEqualTo(3);
          assertThat(errors).extracting(Finding::pointer)
              .contains("/plan/council/gssCode", "/plan/planDate", "/plan/projects");
          assertThat(errors).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.ruleId()).startsWith("IO");
            assertThat(f.line()).isPresent();
            assertThat(f.column()).isPresent();
          });
          Finding gss = errors.stream().filter(f -> f.pointer().equals("/plan/council/gssCode")).findFirst().orElseThrow();
          assertThat(gss.line()).contains(4);
          assertThat(p.getMessage()).contains("cannot read the productivity plan").contains("and " + (errors.size() - 1) + " more");
        });
  }

  @Test
  void theModuleIsFoundByFindAndRegisterModules() throws Exception {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.getRegisteredModuleIds()).contains(PlanModule.NAME);
    ProductivityPlan plan = found.readValue(ExamplePlans.json(ExamplePlans.SEFTON_2024), ProductivityPlan.class);
    assertThat(plan).isEqualTo(ExamplePlans.sefton2024());
  }

  @Test
  void aStrictReaderRefusesUnknownProperties() {
    ObjectMapper strict = new ObjectMapper().registerModule(new PlanModule(PlanJson.builder().strict(true).build()));
    String body = "{\"schemaVersion\":\"1.0\",\"council\":{\"name\":\"Testshire\"},\"title\":\"P\",\"x-local\":1}";
    assertThatThrownBy(() -> strict.readValue(body, ProductivityPlan.class))
        .isInstanceOf(PlanReadException.class)
        .satisfies(e -> assertThat(((PlanReadException) e).errors()).extracting(Finding::pointer).containsExactly("/x-local"));
  }

  /** The module reads without positions, but with every other option of the reader it was given. */
  @Test
  void theModuleReadsWithTheLimitsOfTheReaderItWasGiven() {
    PlanJson small = PlanJson.builder().limits(ReadLimits.builder().maxValues(5).build()).build();
    ObjectMapper limited = new ObjectMapper().registerModule(new PlanModule(small));
    String body = "{\"schemaVersion\":\"1.0\",\"council\":{\"name\":\"Testshire\"},\"title\":\"P\",\"source\":\"s\"}";
    assertThatThrownBy(() -> limited.readValue(body, ProductivityPlan.class))
        .isInstanceOf(PlanReadException.class)
        .satisfies(e -> assertThat(((PlanReadException) e).errors())
            .anySatisfy(f -> assertThat(f.message()).contains("ReadLimits.maxValues")));
    assertThat(small.read(body).value()).isEmpty();
  }
}
