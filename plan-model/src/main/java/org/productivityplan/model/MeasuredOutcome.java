package org.productivityplan.model;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An effect of a project, in words and where given as a quantity ("95 additional individuals annually").
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; copy one with {@code
 * MeasuredOutcome.builder().from(value)}.
 */
@Value.Immutable
public abstract class MeasuredOutcome implements Extensible {

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
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeasuredOutcome}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableMeasuredOutcome.Builder {
    Builder() {}
  }
}
