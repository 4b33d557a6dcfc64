package org.productivityplan.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated step in delivering a project ("the new system will go live in August 2024").
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; copy one with {@code
 * Milestone.builder().from(value)}.
 */
@Value.Immutable
public abstract class Milestone implements Extensible {

  Milestone() {}

  /**
   * Returns the milestone's id, unique within the plan.
   *
   * @return the value
   */
  public abstract String id();
  /**
   * Returns what is to happen.
   *
   * @return the value
   */
  public abstract String description();
  /**
   * Returns when it is due, to the precision the plan gives.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<PartialDate> due();
  /**
   * Returns where it stands.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<MilestoneStatus> status();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Milestone}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableMilestone.Builder {
    Builder() {}
  }
}
