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

  /** Builds a {@link ProgressUpdate}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableProgressUpdate.Builder {
    Builder() {}
  }
}
