package org.productivityplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.ValidationReport;

/** The benchmark data is what the SDK reads: no errors, and the intended counts in the model. */
class SdkReadsTheDataTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 10})
  void theSdkReadsAScaledPlanWithoutErrorsAndWithTheIntendedCounts(int scale) {
    byte[] json = PlanCorpus.scaledSefton(scale);

    ReadResult<ProductivityPlan> read =
        PlanJson.standard().read(new ByteArrayInputStream(json), "scale-" + scale);

    assertThat(read.hasErrors()).as("%s", read.problems()).isFalse();
    ProductivityPlan plan = read.value().orElseThrow();
    assertThat(plan.projects()).hasSize(40 * scale);
    assertThat(plan.kpis()).hasSize(PlanCorpus.KPIS_PER_COPY * scale);
    assertThat(plan.specifiedSpend()).hasSize(3 * scale);
    assertThat(plan.kpis().get(0).baseline()).isPresent();
    assertThat(plan.kpis().get(0).projectIds()).hasSize(PlanCorpus.PROJECTS_PER_KPI);
  }

  /** The read keeping no positions and the Jackson module build the very plan the read builds. */
  @Test
  void theOtherWaysOfReadingBuildTheSamePlan() throws Exception {
    byte[] json = PlanCorpus.scaledSefton(3);
    ProductivityPlan plan = PlanJson.standard().read(json, "scale-3").value().orElseThrow();

    ReadResult<ProductivityPlan> withoutPositions =
        PlanJson.builder().positions(false).build().read(json, "scale-3");
    ProductivityPlan viaModule = new com.fasterxml.jackson.databind.ObjectMapper()
        .registerModule(new org.productivityplan.jackson.PlanModule())
        .readValue(json, ProductivityPlan.class);

    assertThat(withoutPositions.value()).contains(plan);
    assertThat(withoutPositions.positions().find("/projects/0")).isEmpty();
    assertThat(viaModule).isEqualTo(plan);
  }

  @Test
  void theSchemaAcceptsTheLargestPlan() throws Exception {
    Schema schema = PlanBenchmarks.networkntSchema(PlanJson.schema());

    assertThat(schema.validate(PlanCorpus.MAPPER.readTree(PlanCorpus.scaledSefton(100))))
        .isEmpty();
  }

  @Test
  void theValidatorFindsNoReferenceErrorsInTheScaledPlan() {
    String json = new String(PlanCorpus.scaledSefton(3), StandardCharsets.UTF_8);
    ProductivityPlan plan = PlanJson.standard().read(json).value().orElseThrow();

    ValidationReport report = PlanValidator.standard().validate(plan);

    // Fresh ids and resolved references: the copies add no duplicate or dangling ids.
    assertThat(report.findings())
        .noneMatch(f -> f.ruleId().equals("PP002") || f.ruleId().equals("PP003"));
  }

  @Test
  void everyJsonlLineIsAPlanTheSdkReads() {
    JsonlGenerator generator = new JsonlGenerator();
    for (int i = 0; i < 120; i++) {
      ReadResult<ProductivityPlan> read = PlanJson.standard().read(generator.line(i));
      assertThat(read.hasErrors()).as("line %d: %s", i + 1, read.problems()).isFalse();
      assertThat(read.value()).isPresent();
    }
  }
}
