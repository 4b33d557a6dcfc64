package org.productivityplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.productivityplan.model.ProductivityPlan;

/**
 * Runs test classes that use {@link ExamplePlansSource} with the JUnit Platform test kit, and
 * checks how many invocations each test got, how they are named, and what they were given.
 */
class ExamplePlansSourceTest {

  private static final String KIT = "org.productivityplan.examples.ExamplePlansSourceTest#inKit";

  /** Whether the test kit is running the fixture classes below; they are skipped otherwise. */
  private static volatile boolean inKit;

  /**
   * Tells whether the fixture classes below run inside this test's kit, not on their own (as
   * when a build selects tests by a pattern that includes nested classes).
   *
   * @return true inside the kit
   */
  static boolean inKit() {
    return inKit;
  }

  /** What each fixture test below was given, by test and invocation; filled as they run. */
  static final Map<String, List<String>> SEEN = new ConcurrentHashMap<>();

  private static void seen(String test, String value) {
    SEEN.computeIfAbsent(test, t -> java.util.Collections.synchronizedList(new ArrayList<>()))
        .add(value);
  }

  /** Runs one fixture class and returns the display names of its successful invocations. */
  private static List<String> run(Class<?> fixture) {
    SEEN.clear();
    Events tests = execute(fixture).testEvents();
    assertThat(tests.failed().list()).as("failed invocations of " + fixture.getSimpleName())
        .isEmpty();
    return tests.succeeded().stream().map(Event::getTestDescriptor)
        .map(d -> d.getDisplayName()).toList();
  }

  private static EngineExecutionResults execute(Class<?> fixture) {
    inKit = true;
    try {
      return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute();
    } finally {
      inKit = false;
    }
  }

  @EnabledIf(KIT)
  static class RealPlans {
    @ParameterizedTest
    @ExamplePlansSource
    void plans(ProductivityPlan plan) {
      seen("plans", plan.council().name());
    }
  }

  @Test
  void byDefaultFeedsTheThreeRealPlansNamedAfterTheirFixtures() {
    assertThat(run(RealPlans.class))
        .containsExactly("[1] somerset-2024", "[2] devon-2024", "[3] sefton-2024");
    assertThat(SEEN.get("plans"))
        .containsExactly("Somerset Council", "Devon County Council", "Sefton Council");
  }

  @EnabledIf(KIT)
  static class Everything {
    @ParameterizedTest
    @ExamplePlansSource(synthetic = true)
    void examples(Example example) {
      seen("examples", example.name());
    }

    @ParameterizedTest
    @ExamplePlansSource(synthetic = true)
    void plans(ProductivityPlan plan) {
      seen("plans", plan.title());
    }
  }

  @Test
  void withSyntheticFeedsEveryFixtureButNoRefusedOneAsAPlan() {
    int real = ExamplePlans.realExamples().size();
    int synthetic = ExamplePlans.syntheticExamples().size();

    List<String> names = run(Everything.class);

    assertThat(SEEN.get("examples"))
        .isEqualTo(ExamplePlans.examples().stream().map(Example::name).toList());
    assertThat(SEEN.get("examples")).hasSize(real + synthetic).contains("future-major");
    // future-major is a document of format 2.0: it cannot be given as a plan.
    assertThat(SEEN.get("plans")).hasSize(real + synthetic - 1);
    assertThat(names).hasSize(2 * (real + synthetic) - 1).contains("[4] complete");
  }

  @EnabledIf(KIT)
  static class ByName {
    @ParameterizedTest
    @ExamplePlansSource(names = {"complete", "devon-2024", "future-major"})
    void json(String json) {
      seen("json", json.substring(0, json.indexOf('\n', json.indexOf("\"title\""))));
    }
  }

  @Test
  void namesSelectFixturesInTheirOrderAndStringsGetTheJson() {
    assertThat(run(ByName.class))
        .containsExactly("[1] complete", "[2] devon-2024", "[3] future-major");
    assertThat(SEEN.get("json")).hasSize(3);
    assertThat(SEEN.get("json").get(0)).endsWith("\"title\": \"Productivity Plan 2024\",");
    assertThat(SEEN.get("json").get(2)).contains("\"schemaVersion\": \"2.0\"");
  }

  @EnabledIf(KIT)
  @ParameterizedClass
  @ExamplePlansSource(names = {"minimal-draft", "sefton-2024"})
  static class PerPlanClass {
    private final ProductivityPlan plan;

    PerPlanClass(ProductivityPlan plan) {
      this.plan = plan;
    }

    @Test
    void title() {
      seen("class", plan.title());
    }
  }

  @Test
  void onAParameterizedClassFeedsTheConstructor() {
    List<String> names = run(PerPlanClass.class);

    assertThat(names).containsExactly("title()", "title()");
    assertThat(SEEN.get("class"))
        .containsExactly(
            ExamplePlans.synthetic("minimal-draft").title(), ExamplePlans.sefton2024().title());
  }

  @EnabledIf(KIT)
  @ParameterizedClass
  @ExamplePlansSource(names = {"devon-2024", "minimal-draft"})
  static class PerPlanField {
    @Parameter(0) ProductivityPlan plan;

    @Test
    void title() {
      seen("field", plan.council().name());
    }
  }

  @Test
  void onAParameterizedClassFeedsTheFieldOfParameterZero() {
    List<String> names = run(PerPlanField.class);

    assertThat(names).containsExactly("title()", "title()");
    assertThat(SEEN.get("field")).containsExactly(
        "Devon County Council", ExamplePlans.synthetic("minimal-draft").council().name());
  }

  @EnabledIf(KIT)
  static class RefusedAsPlan {
    @ParameterizedTest
    @ExamplePlansSource(names = "future-major")
    void plan(ProductivityPlan plan) {
      seen("plan", plan.title());
    }
  }

  @EnabledIf(KIT)
  static class WrongType {
    @ParameterizedTest
    @ExamplePlansSource
    void number(Integer notAPlan) {
      seen("number", String.valueOf(notAPlan));
    }
  }

  @EnabledIf(KIT)
  static class NothingSelected {
    @ParameterizedTest
    @ExamplePlansSource(real = false)
    void plan(ProductivityPlan plan) {
      seen("none", plan.title());
    }
  }

  @Test
  void misuseFailsTheTestWithAClearMessage() {
    assertThat(failure(RefusedAsPlan.class))
        .contains("'future-major'")
        .contains("take an Example or a String");
    assertThat(failure(WrongType.class)).contains("java.lang.Integer").contains("ProductivityPlan");
    assertThat(failure(NothingSelected.class)).contains("selects no fixture");
    assertThat(SEEN).isEmpty();
  }

  private static String failure(Class<?> fixture) {
    SEEN.clear();
    Events containers = execute(fixture).containerEvents();
    List<Event> failed = containers.failed().list();
    assertThat(failed).as("failed containers of " + fixture.getSimpleName()).hasSize(1);
    Throwable thrown =
        failed.get(0).getPayload(org.junit.platform.engine.TestExecutionResult.class)
            .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
            .orElseThrow();
    StringBuilder messages = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      messages.append(t.getMessage()).append('\n');
    }
    return messages.toString();
  }
}
