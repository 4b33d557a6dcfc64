package org.productivityplan.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A piece of assurance a council cites: a peer challenge, a scrutiny review, an audit or an inspection.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; copy one with {@code
 * AssuranceActivity.builder().from(value)}.
 */
@Value.Immutable
public abstract class AssuranceActivity implements Extensible {

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
   * Returns what it found, where the plan says.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> conclusion();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AssuranceActivity}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableAssuranceActivity.Builder {
    Builder() {}
  }
}
