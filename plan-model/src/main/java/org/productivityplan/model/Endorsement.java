package org.productivityplan.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The member endorsement of a plan: the body or role that endorsed it, and when.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; copy one with {@code
 * Endorsement.builder().from(value)}.
 */
@Value.Immutable
public abstract class Endorsement implements Extensible {

  Endorsement() {}

  /**
   * Returns the body or role, such as "Cabinet".
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> body();
  /**
   * Returns the date of endorsement.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<LocalDate> date();
  /**
   * Returns what the plan says of it.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> note();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Endorsement}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableEndorsement.Builder {
    Builder() {}
  }
}
