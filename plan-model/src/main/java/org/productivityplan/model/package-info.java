/**
 * The domain model of an English council's 2024 productivity plan: {@link
 * org.productivityplan.model.ProductivityPlan} and the types it is made of.
 *
 * <p>Every type here is immutable and thread-safe. Composite types are built with builders that
 * require only what is structural (ids and names), so that an incomplete draft can always be held;
 * completeness against the guidance is the rule engine's job ({@code plan-validation}). Where "not
 * stated" and "stated as none" differ, the model keeps the difference: an absent {@code Optional}
 * means not stated, a present empty list or a zero amount means stated as none.
 *
 * <p>Every object type keeps the properties a reader did not know in {@code unknownProperties()},
 * as raw JSON, so nothing a user wrote is lost between reading and writing.
 *
 * <p>The package is {@code @NullMarked}: no parameter or return value is null unless annotated
 * {@code @Nullable}.
 */
@NullMarked
@PlanStyle
package org.productivityplan.model;

import org.jspecify.annotations.NullMarked;
