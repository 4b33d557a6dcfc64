package org.productivityplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.testing.PropertyChecks;

/**
 * The format's laws over generated plans ({@link PlanArbitraries}, {@link PropertyChecks#tries()}
 * seeded draws each): {@code read(write(p))} gives {@code p} back with no error, writing is
 * idempotent ({@code write(read(write(p))) == write(p)}), and what the writer writes is valid
 * against the shipped JSON Schema.
 */
class PlanRoundTripPropertiesTest {

  private static final PlanJson JSON = PlanJson.standard();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema PLAN_SCHEMA = REGISTRY.getSchema(PlanJson.schema(), InputFormat.JSON);
  private static final Schema COUNCIL_PLAN_SCHEMA =
      REGISTRY.getSchema(PlanJson.councilPlanSchema(), InputFormat.JSON);

  @Test
  void readingWhatWasWrittenGivesThePlanBack() {
    PropertyChecks.forAll(PlanArbitraries::plan, plan -> {
      String written = JSON.write(plan);
      ReadResult<ProductivityPlan> read = JSON.read(written);

      assertThat(read.problems()).noneMatch(p -> p.severity() == Severity.ERROR);
      assertThat(read.value()).contains(plan);
      assertThat(JSON.write(read.value().orElseThrow())).isEqualTo(written);
      assertThat(written).endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
    });
  }

  @Test
  void whatTheWriterWritesIsSchemaValid() {
    PropertyChecks.forAll(PlanArbitraries::plan,
        plan -> assertThat(PLAN_SCHEMA.validate(JSON.write(plan), InputFormat.JSON)).isEmpty());
  }

  @Test
  void councilPlansRoundTripAndAreSchemaValid() {
    PropertyChecks.forAll(PlanArbitraries::councilPlan, plan -> {
      String written = JSON.write(plan);

      assertThat(JSON.readCouncilPlan(written).value()).contains(plan);
      assertThat(COUNCIL_PLAN_SCHEMA.validate(written, InputFormat.JSON)).isEmpty();
    });
  }

  @Test
  void strictModeRefusesOnlyUnknownPropertiesAndStillLosesNothing() {
    PlanJson strict = PlanJson.builder().strict(true).build();
    PropertyChecks.forAll(PlanArbitraries::plan, plan -> {
      ReadResult<ProductivityPlan> read = strict.read(JSON.write(plan));

      assertThat(read.value()).contains(plan);
      assertThat(read.problems())
          .filteredOn(p -> p.severity() == Severity.ERROR)
          .allSatisfy(p -> assertThat(p.ruleId()).isEqualTo("IO026"));
      if (!plan.unknownProperties().isEmpty()) {
        assertThat(read.hasErrors()).isTrue();
      }
    });
  }
}
