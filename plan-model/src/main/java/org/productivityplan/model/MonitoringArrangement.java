package org.productivityplan.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who oversees delivery of a plan, how often, and what they review.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withForum(...)}, or with several
 * changed through {@code MonitoringArrangement.builder().from(value)}.
 */
@Value.Immutable
public abstract class MonitoringArrangement implements Extensible, WithMonitoringArrangement {

  MonitoringArrangement() {}

  /**
   * Returns the body, such as "Performance, Risk and Budget Board".
   *
   * @return the value
   */
  public abstract String forum();
  /**
   * Returns what kind of body it is.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<ForumKind> kind();
  /**
   * Returns how often it meets or reports.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<Frequency> frequency();
  /**
   * Returns what it reviews.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> reviews();

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
   * Builds a {@link MonitoringArrangement}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link
   * MonitoringArrangement}, where each is documented, such as {@code forum(String)}; an optional
   * property's method also takes an {@code Optional}. {@code putUnknownProperty(String, RawJson)}
   * keeps a property a reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code MonitoringArrangement}, and
   * {@code build()} returns the {@code MonitoringArrangement}, or throws {@link
   * IllegalStateException} naming each required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableMonitoringArrangement.Builder {
    Builder() {}
  }
}
