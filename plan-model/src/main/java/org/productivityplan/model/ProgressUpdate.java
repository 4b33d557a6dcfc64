package org.productivityplan.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A published update on a plan's progress.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; copy one with {@code
 * ProgressUpdate.builder().from(value)}.
 */
@Value.Immutable
public abstract class ProgressUpdate implements Extensible {

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
