package org.productivityplan.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A published update on a plan's progress.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withDate(...)}, or with several
 * changed through {@code ProgressUpdate.builder().from(value)}.
 */
@Value.Immutable
public abstract class ProgressUpdate implements Extensible, WithProgressUpdate {

  ProgressUpdate() {}

  /**
   * Returns when it was published.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<PartialDate> date();
  /**
   * Returns what it reports.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> summary();
  /**
   * Returns where it is published.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> address();

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
   * Builds a {@link ProgressUpdate}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link
   * ProgressUpdate}, where each is documented, such as {@code date(PartialDate)}; an optional
   * property's method also takes an {@code Optional}. {@code putUnknownProperty(String, RawJson)}
   * keeps a property a reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code ProgressUpdate}, and {@code
   * build()} returns the {@code ProgressUpdate}, or throws {@link IllegalStateException} naming
   * each required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableProgressUpdate.Builder {
    Builder() {}
  }
}
