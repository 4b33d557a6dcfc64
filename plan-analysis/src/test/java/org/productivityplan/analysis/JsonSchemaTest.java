package org.productivityplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.examples.ExamplePlans;
import org.productivityplan.examples.PlanArbitraries;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.testing.PropertyChecks;

/**
 * The JSON of {@code plan diff} and {@code plan progress} agrees with the schemas published in
 * docs/: on the bundled plans and on generated ones.
 */
class JsonSchemaTest {

  private static final Schema DIFF = schema("plan-diff-1.0.schema.json");
  private static final Schema PROGRESS = schema("plan-progress-1.0.schema.json");

  private static Schema schema(String name) {
    Path file =
        Path.of(System.getProperty("basedir", "."))
            .toAbsolutePath()
            .resolve("../docs/" + name)
            .normalize();
    try (InputStream in = Files.newInputStream(file)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Error> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  @Test
  void theBundledDiffFollowsTheSchema() {
    PlanDiff diff =
        PlanDiff.between(
            ExamplePlans.synthetic("complete"), ExamplePlans.synthetic("complete-2025-update"));

    assertThat(errors(DIFF, diff.toJson("a.json", "b.json"))).isEmpty();
  }

  @Test
  void diffsOfGeneratedPlansFollowTheSchema() {
    PropertyChecks.forAll(
        50,
        r -> List.of(PlanArbitraries.plan(r), PlanArbitraries.plan(r)),
        plans -> {
          String json = PlanDiff.between(plans.get(0), plans.get(1)).toJson("a", "b");
          assertThat(errors(DIFF, json)).as(json).isEmpty();
        });
  }

  @Test
  void theBundledProgressFollowsTheSchema() {
    PlanProgress progress =
        PlanProgress.of(ExamplePlans.synthetic("complete-2025-update"), LocalDate.of(2025, 12, 1));

    assertThat(errors(PROGRESS, progress.toJson("plan.json"))).isEmpty();
  }

  @Test
  void progressOfGeneratedPlansFollowsTheSchema() {
    PropertyChecks.forAll(
        PlanArbitraries::plan,
        (ProductivityPlan plan) -> {
          String json = PlanProgress.of(plan, LocalDate.of(2025, 7, 1)).toJson("p");
          assertThat(errors(PROGRESS, json)).as(json).isEmpty();
        });
  }

  @Test
  void theSchemaChecksCanFail() {
    String diff =
        PlanDiff.between(
                ExamplePlans.synthetic("complete"), ExamplePlans.synthetic("complete-2025-update"))
            .toJson("a", "b")
            .replace("\"element\": \"project\"", "\"element\": \"programme\"");
    String progress =
        PlanProgress.of(ExamplePlans.synthetic("complete-2025-update"), LocalDate.of(2025, 12, 1))
            .toJson("p")
            .replace("\"status\": \"atRisk\"", "\"status\": \"worrying\"");

    assertThat(errors(DIFF, diff)).isNotEmpty();
    assertThat(errors(PROGRESS, progress)).isNotEmpty();
  }
}
