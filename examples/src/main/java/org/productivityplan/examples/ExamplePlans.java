package org.productivityplan.examples;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.productivityplan.examples.internal.Fixtures;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.ProductivityPlan;

/**
 * The bundled example plans, for tests and demonstrations.
 *
 * <p><b>Real plans.</b> {@link #somerset2024()}, {@link #devon2024()} and {@link #sefton2024()}
 * are faithful records of three councils' published 2024 productivity plans: every figure, date,
 * name and commitment the text gives is in the fixture, and nothing it does not give is invented,
 * so the validator reports what each plan really lacks. {@link #somersetBusinessPlan2021()} is the
 * council plan that Somerset's projects can trace to.
 *
 * <p><b>Synthetic plans.</b> {@code complete} passes every rule of profile {@code dluhc-2024} with
 * no finding at all; {@code minimal-draft} is the least a plan can be and still load; each {@code
 * rule-PPxxx} is {@code complete} with the smallest change that makes rule PPxxx fire;
 * {@code unknown-properties} carries properties format 1.0 does not define; {@code future-major}
 * is a document of format 2.0, which a 1.x reader refuses; {@code complete-2025-update} is {@code
 * complete} a year on, for comparing versions and following progress (plan-analysis). The README
 * beside them, in {@code
 * org/productivityplan/examples/synthetic/}, says what each one changes.
 *
 * <p>Fixtures are read on first use with {@link PlanJson#standard()} and cached. A bundled fixture
 * that does not read is a defect of this module, reported as an {@link IllegalStateException}
 * naming the fixture and its problems.
 *
 * <p>This class has static methods only; it is thread-safe, and every value it returns is
 * immutable.
 */
public final class ExamplePlans {

  /** The name of Somerset Council's productivity plan of July 2024. */
  public static final String SOMERSET_2024 = "somerset-2024";

  /** The name of Devon County Council's productivity plan of July 2024. */
  public static final String DEVON_2024 = "devon-2024";

  /** The name of Sefton Council's productivity plan 2024 (version 1.0, 4 July 2024). */
  public static final String SEFTON_2024 = "sefton-2024";

  /** The name of Somerset County Council's Business Plan 2021-2023, a council plan. */
  public static final String SOMERSET_BUSINESS_PLAN_2021 = "somerset-business-plan-2021";

  private ExamplePlans() {}

  /** The registry, built on first use. */
  private static final class Registry {
    static final Map<String, Example> EXAMPLES = build();
    static final List<Example> REAL =
        EXAMPLES.values().stream().filter(e -> e.kind() == Example.Kind.REAL).toList();
    static final List<Example> SYNTHETIC =
        EXAMPLES.values().stream().filter(e -> e.kind() == Example.Kind.SYNTHETIC).toList();
    static final List<String> NAMES = names();

    private static Map<String, Example> build() {
      Map<String, Example> examples = new LinkedHashMap<>();
      real(examples, SOMERSET_2024,
          "Somerset Council, Productivity Plan, July 2024 (unitary council, E06000066)");
      real(examples, DEVON_2024,
          "Devon County Council, Productivity Plan, approved by Cabinet on 10 July 2024"
              + " (E10000008)");
      real(examples, SEFTON_2024,
          "Sefton Council, Productivity Plan 2024, version 1.0 of 4 July 2024 (E08000014)");
      for (Fixtures.IndexEntry entry : Fixtures.syntheticIndex()) {
        Example example =
            new Example(
                entry.name(),
                Example.Kind.SYNTHETIC,
                entry.description(),
                Fixtures.SYNTHETIC + entry.name() + ".json",
                entry.readable());
        if (examples.putIfAbsent(entry.name(), example) != null) {
          throw new IllegalStateException(
              "The synthetic index names the fixture '" + entry.name() + "' twice");
        }
      }
      return Collections.unmodifiableMap(examples);
    }

    private static void real(Map<String, Example> examples, String name, String description) {
      examples.put(
          name,
          new Example(name, Example.Kind.REAL, description, Fixtures.ROOT + name + ".json", true));
    }

    private static List<String> names() {
      List<String> names = new ArrayList<>(EXAMPLES.keySet());
      names.add(REAL.size(), SOMERSET_BUSINESS_PLAN_2021);
      return List.copyOf(names);
    }
  }

  /** The council plan's JSON text, loaded on first use. */
  private static final class BusinessPlanJson {
    static final String RESOURCE = Fixtures.ROOT + SOMERSET_BUSINESS_PLAN_2021 + ".json";
    static final String JSON = Fixtures.text(RESOURCE);
  }

  /** The council plan, read on first use. */
  private static final class BusinessPlan {
    static final CouncilPlan PLAN = read();

    private static CouncilPlan read() {
      String resource = BusinessPlanJson.RESOURCE;
      ReadResult<CouncilPlan> result =
          PlanJson.standard().readCouncilPlan(new StringReader(BusinessPlanJson.JSON), resource);
      if (result.hasErrors() || result.value().isEmpty()) {
        throw Fixtures.unreadable(SOMERSET_BUSINESS_PLAN_2021, resource, result);
      }
      return result.value().get();
    }
  }

  /**
   * Returns Somerset Council's productivity plan of July 2024.
   *
   * @return the plan
   */
  public static ProductivityPlan somerset2024() {
    return example(SOMERSET_2024).plan();
  }

  /**
   * Returns Devon County Council's productivity plan of July 2024.
   *
   * @return the plan
   */
  public static ProductivityPlan devon2024() {
    return example(DEVON_2024).plan();
  }

  /**
   * Returns Sefton Council's productivity plan 2024.
   *
   * @return the plan
   */
  public static ProductivityPlan sefton2024() {
    return example(SEFTON_2024).plan();
  }

  /**
   * Returns Somerset County Council's Business Plan 2021-2023, a council plan (not a productivity
   * plan): outcomes and key priorities that projects can trace to.
   *
   * @return the council plan
   */
  public static CouncilPlan somersetBusinessPlan2021() {
    return BusinessPlan.PLAN;
  }

  /**
   * Returns the three real productivity plans, in a stable order: Somerset, Devon, Sefton.
   *
   * @return the plans, as an unmodifiable list
   */
  public static List<ProductivityPlan> all() {
    return List.of(somerset2024(), devon2024(), sefton2024());
  }

  /**
   * Returns a synthetic plan by name, such as {@code complete}, {@code minimal-draft} or {@code
   * rule-PP130}.
   *
   * @param name the fixture's name
   * @return the plan
   * @throws IllegalArgumentException when no synthetic fixture has this name (the message lists
   *     the names)
   * @throws IllegalStateException when the fixture is one made to be refused, such as {@code
   *     future-major}; read its {@link #json(String)} instead
   */
  public static ProductivityPlan synthetic(String name) {
    Example example = example(name);
    if (example.kind() != Example.Kind.SYNTHETIC) {
      throw new IllegalArgumentException(
          "'" + name + "' is a real plan, not a synthetic one; the synthetic fixtures are "
              + String.join(", ", Registry.SYNTHETIC.stream().map(Example::name).toList()));
    }
    return example.plan();
  }

  /**
   * Returns a productivity-plan fixture by name, real or synthetic.
   *
   * @param name the fixture's name, such as {@code devon-2024} or {@code rule-PP130}
   * @return the example
   * @throws IllegalArgumentException when no productivity-plan fixture has this name (the message
   *     lists the names)
   */
  public static Example example(String name) {
    Objects.requireNonNull(name, "name");
    Example example = Registry.EXAMPLES.get(name);
    if (example == null) {
      throw new IllegalArgumentException(
          "No example plan is named '" + name + "'"
              + (name.equals(SOMERSET_BUSINESS_PLAN_2021)
                  ? " (it is a council plan: use somersetBusinessPlan2021())"
                  : "")
              + "; the names are " + String.join(", ", Registry.EXAMPLES.keySet()));
    }
    return example;
  }

  /**
   * Returns every productivity-plan fixture: the real ones first (Somerset, Devon, Sefton), then
   * the synthetic ones in the order of their index.
   *
   * @return the examples, as an unmodifiable list
   */
  public static List<Example> examples() {
    return List.copyOf(Registry.EXAMPLES.values());
  }

  /**
   * Returns the fixtures of the three real productivity plans: Somerset, Devon, Sefton.
   *
   * @return the examples, as an unmodifiable list
   */
  public static List<Example> realExamples() {
    return Registry.REAL;
  }

  /**
   * Returns the synthetic fixtures, in the order of their index.
   *
   * @return the examples, as an unmodifiable list
   */
  public static List<Example> syntheticExamples() {
    return Registry.SYNTHETIC;
  }

  /**
   * Returns the name of every bundled document, the council plan included: the names {@link
   * #json(String)} takes.
   *
   * @return the names: the real productivity plans, the council plan, then the synthetic fixtures
   */
  public static List<String> names() {
    return Registry.NAMES;
  }

  /**
   * Returns the raw JSON text of a bundled document, exactly as bundled.
   *
   * @param name the document's name, one of {@link #names()}
   * @return the JSON text
   * @throws IllegalArgumentException when no document has this name
   */
  public static String json(String name) {
    Objects.requireNonNull(name, "name");
    if (name.equals(SOMERSET_BUSINESS_PLAN_2021)) {
      return BusinessPlanJson.JSON;
    }
    return example(name).json();
  }
}
