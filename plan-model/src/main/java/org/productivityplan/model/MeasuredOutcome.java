package org.productivityplan.model;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An effect of a project, in words and where given as a quantity ("95 additional individuals annually").
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withDescription(...)}, or with
 * several changed through {@code MeasuredOutcome.builder().from(value)}.
 */
@Value.Immutable
public abstract class MeasuredOutcome implements Extensible, WithMeasuredOutcome {

  MeasuredOutcome() {}

  /**
   * Returns the outcome, in words.
   *
   * @return the value
   */
  public abstract String description();
  /**
   * Returns the outcome as a quantity.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid Measure> measure();
  /**
   * Returns whether the outcome is targeted, projected or achieved.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<BenefitBasis> basis();

  /**
   * Returns a bounded description for logs: ids, names and titles, values such as amounts, dates
   * and codes, nested objects alike, and only the size of each list; no description or narrative.
   *
   * @return the description
   */
  @Override
  public final String toString() {
    return Summaries.of(this);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MeasuredOutcome}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link
   * MeasuredOutcome}, where each is documented, such as {@code description(String)}; an optional
   * property's method also takes an {@code Optional}. {@code putUnknownProperty(String, RawJson)}
   * keeps a property a reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code MeasuredOutcome}, and {@code
   * build()} returns the {@code MeasuredOutcome}, or throws {@link IllegalStateException} naming
   * each required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableMeasuredOutcome.Builder {
    Builder() {}
  }
}
