package org.productivityplan.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated step in delivering a project ("the new system will go live in August 2024").
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withId(...)}, or with several changed
 * through {@code Milestone.builder().from(value)}.
 */
@Value.Immutable
public abstract class Milestone implements Extensible, WithMilestone {

  Milestone() {}

  /**
   * Returns the milestone's id, unique within the plan.
   *
   * @return the value
   */
  @NotBlank
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
   * Builds a {@link Milestone}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link Milestone},
   * where each is documented, such as {@code id(String)}; an optional property's method also takes
   * an {@code Optional}. {@code putUnknownProperty(String, RawJson)} keeps a property a reader did
   * not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code Milestone}, and {@code
   * build()} returns the {@code Milestone}, or throws {@link IllegalStateException} naming each
   * required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableMilestone.Builder {
    Builder() {}
  }
}
