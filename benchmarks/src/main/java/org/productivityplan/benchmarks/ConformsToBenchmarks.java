package org.productivityplan.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.validation.ConformsTo;
import org.productivityplan.validation.RecordStyleAccessors;

/**
 * What Bean Validation costs a service that validates plans with {@code @Valid}, at the three sizes
 * of {@link PlanBenchmarks}, to compare with {@link PlanBenchmarks#sdkValidate}:
 *
 * <ul>
 *   <li>{@link #fieldConstraintsCascade}: a plain Hibernate Validator cascading through the whole
 *       plan ({@code @Valid}) to check the model's field constraints;
 *   <li>{@link #conformsTo}: {@code @Valid @ConformsTo} on a request body, the cascade and the
 *       guidance's rules (its {@code PlanValidator}) together.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ConformsToBenchmarks {

  /** Creates the benchmarks; JMH calls this. */
  public ConformsToBenchmarks() {}

  /** A request body carrying a plan, as a service would declare it. */
  public static final class Body {

    private final ProductivityPlan plan;

    Body(ProductivityPlan plan) {
      this.plan = plan;
    }

    /**
     * Returns the plan.
     *
     * @return the plan
     */
    @Valid
    @ConformsTo
    public ProductivityPlan getPlan() {
      return plan;
    }
  }

  /** A plain Hibernate Validator, built once, as a framework would. */
  @State(Scope.Benchmark)
  public static class Jakarta {

    final Validator validator =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .getterPropertySelectionStrategy(new RecordStyleAccessors())
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    /** Creates the state; JMH calls this. */
    public Jakarta() {}
  }

  private static ProductivityPlan plan(PlanBenchmarks.Sdk sdk) {
    return Objects.requireNonNull(sdk.plan);
  }

  /**
   * The model's field constraints, by a whole-plan cascade.
   *
   * @param sdk the plan, read once
   * @param jakarta the validator
   * @return the violations (none)
   */
  @Benchmark
  public Set<ConstraintViolation<ProductivityPlan>> fieldConstraintsCascade(
      PlanBenchmarks.Sdk sdk, Jakarta jakarta) {
    return jakarta.validator.validate(plan(sdk));
  }

  /**
   * A request body with {@code @Valid @ConformsTo}: the cascade and the guidance's rules.
   *
   * @param sdk the plan, read once
   * @param jakarta the validator
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<Body>> conformsTo(PlanBenchmarks.Sdk sdk, Jakarta jakarta) {
    return jakarta.validator.validate(new Body(plan(sdk)));
  }
}
