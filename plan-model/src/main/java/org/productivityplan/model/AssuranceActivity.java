package org.productivityplan.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A piece of assurance a council cites: a peer challenge, a scrutiny review, an audit or an inspection.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withDescription(...)}, or with
 * several changed through {@code AssuranceActivity.builder().from(value)}.
 */
@Value.Immutable
public abstract class AssuranceActivity implements Extensible, WithAssuranceActivity {

  AssuranceActivity() {}

  /**
   * Returns what the activity was or is.
   *
   * @return the value
   */
  public abstract String description();
  /**
   * Returns what kind of assurance it is.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<AssuranceKind> kind();
  /**
   * Returns who carries it out, such as "Local Government Association".
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> body();
  /**
   * Returns when it took or will take place.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<PartialDate> date();
  /**
   * Returns how often it recurs, for a regular activity ("annual member scrutiny reviews").
   *
   * @return the value, or empty when not stated or a one-off
   */
  public abstract Optional<Frequency> frequency();
  /**
   * Returns what it found, where the plan says.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> conclusion();

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
   * Builds a {@link AssuranceActivity}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link
   * AssuranceActivity}, where each is documented, such as {@code description(String)}; an optional
   * property's method also takes an {@code Optional}. {@code putUnknownProperty(String, RawJson)}
   * keeps a property a reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code AssuranceActivity}, and
   * {@code build()} returns the {@code AssuranceActivity}, or throws {@link IllegalStateException}
   * naming each required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableAssuranceActivity.Builder {
    Builder() {}
  }
}
