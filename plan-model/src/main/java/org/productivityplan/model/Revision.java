package org.productivityplan.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One issue of a document: its version, date and reason.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; copy one with {@code
 * Revision.builder().from(value)}.
 */
@Value.Immutable
public abstract class Revision implements Extensible {

  Revision() {}

  /**
   * Returns the version, such as "1.0".
   *
   * @return the value
   */
  public abstract String version();
  /**
   * Returns the date of issue.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<LocalDate> date();
  /**
   * Returns the reason for issue.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> reason();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Revision}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableRevision.Builder {
    Builder() {}
  }
}
