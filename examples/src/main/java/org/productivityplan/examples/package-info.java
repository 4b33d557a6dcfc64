/**
 * Example plans for tests and demonstrations: faithful fixtures of real 2024 productivity plans,
 * synthetic fixtures for every rule, and a JUnit 5 source that feeds them to parameterized tests.
 *
 * <pre>{@code
 * ProductivityPlan devon = ExamplePlans.devon2024();                  // a real plan
 * ProductivityPlan complete = ExamplePlans.synthetic("complete");     // meets every rule
 * ProductivityPlan noConsultancy = ExamplePlans.synthetic("rule-PP130");
 * String json = ExamplePlans.json("sefton-2024");                     // the raw JSON
 *
 * @ParameterizedTest
 * @ExamplePlansSource(synthetic = true)
 * void readsEveryFixture(Example example) { ... }
 * }</pre>
 *
 * <p>Start at {@link org.productivityplan.examples.ExamplePlans}. The package is {@code
 * @NullMarked}: no parameter or return value is null.
 */
@NullMarked
package org.productivityplan.examples;

import org.jspecify.annotations.NullMarked;
