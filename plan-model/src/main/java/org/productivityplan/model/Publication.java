package org.productivityplan.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where and when a council published its plan.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; copy one with {@code
 * Publication.builder().from(value)}.
 */
@Value.Immutable
public abstract class Publication implements Extensible {

  Publication() {}

  /**
   * Returns the web address of the published plan.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> address();
  /**
   * Returns the date of publication.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Publication}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutablePublication.Builder {
    Builder() {}
  }
}
