package org.productivityplan.examples;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds the bundled example plans to a JUnit 5 {@code @ParameterizedTest}, one invocation per
 * fixture, each named after its fixture.
 *
 * <p>The first parameter of the test decides what is fed: a {@link
 * org.productivityplan.model.ProductivityPlan} (the plan read from the fixture), an {@link
 * Example} (name, kind, JSON and plan), or a {@link String} (the raw JSON text). On a JUnit
 * {@code @ParameterizedClass}, the first parameter of its constructor decides.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ExamplePlansSource
 * void readsEveryRealPlan(ProductivityPlan plan) { ... }            // Somerset, Devon, Sefton
 *
 * @ParameterizedTest
 * @ExamplePlansSource(synthetic = true)
 * void everyFixture(Example example) { ... }                         // real, then synthetic
 *
 * @ParameterizedTest
 * @ExamplePlansSource(names = {"complete", "minimal-draft"})
 * void these(ProductivityPlan plan) { ... }
 * }</pre>
 *
 * <p>Fixtures made to be refused by a reader ({@code future-major}) cannot be fed as a plan: a
 * selection by kind leaves them out for a {@code ProductivityPlan} parameter, and naming one for
 * such a parameter is an error.
 *
 * <p>JUnit Jupiter's {@code junit-jupiter-params} is an optional dependency of this module: add it
 * to your test classpath (as you do to write parameterized tests at all). JUnit 5.10 or newer;
 * {@code @ParameterizedClass} itself needs JUnit 5.13.
 */
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(ExamplePlansArgumentsProvider.class)
public @interface ExamplePlansSource {

  /**
   * Whether to feed the three real plans (Somerset, Devon, Sefton). Ignored when {@link #names()}
   * is given.
   *
   * @return true to feed the real plans; true unless set
   */
  boolean real() default true;

  /**
   * Whether to feed the synthetic fixtures, after the real ones. Ignored when {@link #names()} is
   * given.
   *
   * @return true to feed the synthetic fixtures; false unless set
   */
  boolean synthetic() default false;

  /**
   * The fixtures to feed, by name and in this order, instead of a selection by kind; see {@link
   * ExamplePlans#example(String)}.
   *
   * @return the names; none unless set
   */
  String[] names() default {};
}
