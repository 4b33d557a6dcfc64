package org.productivityplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.ProductivityPlan;

class ExamplePlansTest {

  private static final Path RESOURCES = Path.of("src/main/resources/org/productivityplan/examples");

  @Test
  void theThreeRealPlansAreSomersetDevonAndSeftonInThatOrder() {
    List<ProductivityPlan> all = ExamplePlans.all();

    assertThat(all)
        .extracting(p -> p.council().name(), p -> p.council().gssCode().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Somerset Council", "E06000066"),
            org.assertj.core.groups.Tuple.tuple("Devon County Council", "E10000008"),
            org.assertj.core.groups.Tuple.tuple("Sefton Council", "E08000014"));
    assertThat(all.get(0)).isSameAs(ExamplePlans.somerset2024());
    assertThat(all.get(1)).isSameAs(ExamplePlans.devon2024());
    assertThat(all.get(2)).isSameAs(ExamplePlans.sefton2024());
    assertThat(ExamplePlans.realExamples())
        .extracting(Example::name)
        .containsExactly("somerset-2024", "devon-2024", "sefton-2024");
    assertThat(ExamplePlans.realExamples()).allMatch(e -> e.kind() == Example.Kind.REAL);
  }

  @Test
  void everyPlanPrintsInWellUnderAKilobyteForLogs() {
    List<ProductivityPlan> plans = new ArrayList<>(ExamplePlans.all());
    plans.add(ExamplePlans.synthetic("complete"));
    for (ProductivityPlan plan : plans) {
      assertThat(plan.toString()).as(plan.council().name())
          .startsWith("ProductivityPlan{")
          .contains(plan.council().name(), "projects.size=")
          .hasSizeLessThan(1024);
    }
    assertThat(ExamplePlans.somersetBusinessPlan2021().toString()).startsWith("CouncilPlan{")
        .hasSizeLessThan(1024);
  }

  @Test
  void realPlansReadWithoutAnyProblem() {
    for (Example example : ExamplePlans.realExamples()) {
      assertThat(example.read().problems()).as(example.name()).isEmpty();
    }
  }

  @Test
  void theBusinessPlanIsACouncilPlan() {
    assertThat(ExamplePlans.somersetBusinessPlan2021().title()).contains("Business Plan");
    assertThat(ExamplePlans.somersetBusinessPlan2021().outcomes()).isNotEmpty();
    assertThat(ExamplePlans.somersetBusinessPlan2021())
        .isSameAs(ExamplePlans.somersetBusinessPlan2021());
  }

  @Test
  void jsonIsTheBundledTextByteForByte() throws IOException {
    for (String name : ExamplePlans.names()) {
      Path file =
          name.startsWith("somerset-") || name.startsWith("devon-") || name.startsWith("sefton-")
              ? RESOURCES.resolve(name + ".json")
              : RESOURCES.resolve("synthetic/" + name + ".json");
      assertThat(ExamplePlans.json(name))
          .as(name)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
  }

  @Test
  void namesListRealPlansThenTheCouncilPlanThenSyntheticFixtures() {
    List<String> names = ExamplePlans.names();

    assertThat(names.subList(0, 4))
        .containsExactly(
            "somerset-2024", "devon-2024", "sefton-2024", "somerset-business-plan-2021");
    assertThat(names.subList(4, names.size()))
        .isEqualTo(ExamplePlans.syntheticExamples().stream().map(Example::name).toList())
        .contains("complete", "minimal-draft", "unknown-properties", "future-major", "rule-PP130");
    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void theSyntheticIndexListsExactlyTheSyntheticFiles() throws IOException {
    List<String> files;
    try (Stream<Path> listing = Files.list(RESOURCES.resolve("synthetic"))) {
      files =
          listing
              .map(p -> p.getFileName().toString())
              .filter(f -> f.endsWith(".json"))
              .map(f -> f.substring(0, f.length() - ".json".length()))
              .sorted()
              .toList();
    }

    assertThat(ExamplePlans.syntheticExamples().stream().map(Example::name).sorted().toList())
        .isEqualTo(files);
    assertThat(ExamplePlans.syntheticExamples()).allMatch(e -> e.kind() == Example.Kind.SYNTHETIC);
    assertThat(ExamplePlans.syntheticExamples())
        .allSatisfy(e -> assertThat(e.description()).isNotBlank());
  }

  @Test
  void anUnknownNameIsRefusedWithTheNamesThatExist() {
    assertThatThrownBy(() -> ExamplePlans.example("somerset-2025"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'somerset-2025'")
        .hasMessageContaining("somerset-2024, devon-2024, sefton-2024");
    assertThatThrownBy(() -> ExamplePlans.json("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nope'");
    assertThatThrownBy(() -> ExamplePlans.example("somerset-business-plan-2021"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("somersetBusinessPlan2021()");
  }

  @Test
  void syntheticRefusesARealPlanAndAFixtureMadeToBeRefused() {
    assertThatThrownBy(() -> ExamplePlans.synthetic("devon-2024"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("real plan")
        .hasMessageContaining("complete");
    assertThatThrownBy(() -> ExamplePlans.synthetic("future-major"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'future-major'")
        .hasMessageContaining("synthetic/future-major.json")
        .hasMessageContaining("IO009");
    assertThat(ExamplePlans.example("future-major").isReadable()).isFalse();
  }

  @Test
  void syntheticReturnsTheCachedPlan() {
    ProductivityPlan complete = ExamplePlans.synthetic("complete");

    assertThat(complete.council().name()).isEqualTo("Harrowfield District Council");
    assertThat(ExamplePlans.synthetic("complete")).isSameAs(complete);
    assertThat(ExamplePlans.example("complete").plan()).isSameAs(complete);
  }

  @Test
  void concurrentFirstUseReadsEachFixtureOnce() throws Exception {
    Example example = ExamplePlans.example("rule-PP172");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<ProductivityPlan>> tasks = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        tasks.add(example::plan);
      }
      List<ProductivityPlan> plans = new ArrayList<>();
      for (Future<ProductivityPlan> future : pool.invokeAll(tasks)) {
        plans.add(future.get());
      }
      assertThat(plans).allSatisfy(p -> assertThat(p).isSameAs(plans.get(0)));
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @ExamplePlansSource(synthetic = true)
  void everyFixtureReadsAsItIsMeantTo(Example example) {
    ReadResult<ProductivityPlan> result = example.read();

    assertThat(result.hasErrors())
        .as("%s has errors: %s", example.name(), result.problems())
        .isEqualTo(!example.isReadable());
    assertThat(result.value().isPresent()).isEqualTo(example.isReadable());
    assertThat(result.problems())
        .allSatisfy(p -> assertThat(p.line()).as("line of %s", p).isPresent());
    assertThat(example.json()).endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
    if (example.isReadable()) {
      // Canonical form: what the writer produces, unknown properties included, byte for byte.
      assertThat(PlanJson.standard().write(example.plan())).isEqualTo(example.json());
    }
  }

  @Test
  void anExampleShowsItsNameAndResource() {
    Example devon = ExamplePlans.example("devon-2024");

    assertThat(devon).hasToString("devon-2024");
    assertThat(devon.resource()).isEqualTo("org/productivityplan/examples/devon-2024.json");
    assertThat(devon.description()).contains("Devon County Council");
    assertThat(devon.json()).startsWith("{\n  \"schemaVersion\": \"1.0\",\n");
  }
}
