package org.productivityplan.model;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A barrier to productivity that government could help to reduce or remove (theme 4), with what
 * the council asks of government.
 *
 * <p>{@link #asks()} keeps "not stated" (empty) apart from "stated: nothing" (an empty list).
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withId(...)}, or with several changed
 * through {@code Barrier.builder().from(value)}.
 */
@Value.Immutable
public abstract class Barrier implements Extensible, WithBarrier {

  Barrier() {}

  /**
   * Returns the barrier's id, unique within the plan.
   *
   * @return the value
   */
  @NotBlank
  public abstract String id();
  /**
   * Returns the barrier's heading, such as "Local Government Finance".
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> title();
  /**
   * Returns what kind of barrier it is.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<BarrierCategory> category();
  /**
   * Returns the barrier, in words.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> description();
  /**
   * Returns what the council asks government to do; empty when not stated, an empty list when stated as nothing.
   *
   * @return the list, or empty when not stated
   */
  public abstract Optional<List<String>> asks();

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
   * Builds a {@link Barrier}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link Barrier},
   * where each is documented, such as {@code id(String)}; an optional property's method also takes
   * an {@code Optional}. {@code putUnknownProperty(String, RawJson)} keeps a property a reader did
   * not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code Barrier}, and {@code
   * build()} returns the {@code Barrier}, or throws {@link IllegalStateException} naming each
   * required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableBarrier.Builder {
    Builder() {}
  }
}
