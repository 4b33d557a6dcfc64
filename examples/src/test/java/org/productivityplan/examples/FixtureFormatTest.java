package org.productivityplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;

/**
 * Every fixture is a canonical document of format 1.0: it validates against the shipped JSON
 * Schema, reads without an error or an unknown property, and writes back byte for byte. A fixture
 * whose file name contains {@code business-plan} or {@code council-plan} is a council-plan
 * document; every other is a productivity plan.
 */
class FixtureFormatTest {

  private static final Path FIXTURES = Path.of("src/main/resources/org/productivityplan/examples");
  private static final PlanJson JSON = PlanJson.standard();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema PLAN_SCHEMA = REGISTRY.getSchema(PlanJson.schema(), InputFormat.JSON);
  private static final Schema COUNCIL_PLAN_SCHEMA =
      REGISTRY.getSchema(PlanJson.councilPlanSchema(), InputFormat.JSON);

  static List<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(FIXTURES)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }

  private static boolean isCouncilPlan(Path p) {
    String name = p.getFileName().toString();
    return name.contains("business-plan") || name.contains("council-plan");
  }

  @Test
  void thereAreFixtures() throws IOException {
    assertThat(fixtures()).hasSizeGreaterThanOrEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void fixtureIsValidAgainstTheSchema(Path fixture) throws IOException {
    String text = Files.readString(fixture, StandardCharsets.UTF_8);
    Schema schema = isCouncilPlan(fixture) ? COUNCIL_PLAN_SCHEMA : PLAN_SCHEMA;

    assertThat(schema.validate(text, InputFormat.JSON)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void fixtureReadsCleanlyAndWritesBackByteForByte(Path fixture) throws IOException {
    byte[] bytes = Files.readAllBytes(fixture);
    String written;
    List<Finding> problems;
    if (isCouncilPlan(fixture)) {
      ReadResult<org.productivityplan.model.CouncilPlan> r = JSON.readCouncilPlan(fixture);
      problems = r.problems();
      written = r.value().map(JSON::write).orElse("");
    } else {
      ReadResult<org.productivityplan.model.ProductivityPlan> r = JSON.read(fixture);
      problems = r.problems();
      written = r.value().map(JSON::write).orElse("");
      assertThat(r.value().flatMap(p -> JSON.read(JSON.write(p)).value())).isEqualTo(r.value());
    }

    assertThat(problems).as("problems reading %s", fixture).isEmpty();
    assertThat(problems).noneMatch(p -> p.severity() == Severity.ERROR);
    assertThat(written).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
  }
}
