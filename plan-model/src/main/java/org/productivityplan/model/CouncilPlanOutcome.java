package org.productivityplan.model;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * An outcome of a council plan, with the key priorities that will deliver it.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; copy one with {@code
 * CouncilPlanOutcome.builder().from(value)}.
 */
@Value.Immutable
public abstract class CouncilPlanOutcome implements Extensible {

  CouncilPlanOutcome() {}

  /**
   * Returns the outcome's id, unique within the plan.
   *
   * @return the value
   */
  public abstract String id();
  /**
   * Returns the outcome.
   *
   * @return the value
   */
  public abstract String title();
  /**
   * Returns the key priorities under it.
   *
   * @return the list, empty when none
   */
  public abstract List<@Valid KeyPriority> keyPriorities();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CouncilPlanOutcome}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableCouncilPlanOutcome.Builder {
    Builder() {}
  }
}
