package org.productivityplan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;

/**
 * An outcome of a council plan, with the key priorities that will deliver it.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withId(...)}, or with several changed
 * through {@code CouncilPlanOutcome.builder().from(value)}.
 */
@Value.Immutable
public abstract class CouncilPlanOutcome implements Extensible, WithCouncilPlanOutcome {

  CouncilPlanOutcome() {}

  /**
   * Returns the outcome's id, unique within the plan.
   *
   * @return the value
   */
  @NotBlank
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
   * Builds a {@link CouncilPlanOutcome}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link
   * CouncilPlanOutcome}, where each is documented, such as {@code id(String)}; an optional
   * property's method also takes an {@code Optional}. A list property has adders too, such as
   * {@code addKeyPriority(...)}, for one element or several, and {@code
   * addAllKeyPriorities(Iterable)}; {@code keyPriorities(Iterable)} replaces the whole list. {@code
   * putUnknownProperty(String, RawJson)} keeps a property a reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code CouncilPlanOutcome}, and
   * {@code build()} returns the {@code CouncilPlanOutcome}, or throws {@link IllegalStateException}
   * naming each required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableCouncilPlanOutcome.Builder {
    Builder() {}
  }
}
