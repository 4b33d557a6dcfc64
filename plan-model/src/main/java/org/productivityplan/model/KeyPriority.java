package org.productivityplan.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A key priority under a council-plan outcome, with its commitments.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; copy one with {@code
 * KeyPriority.builder().from(value)}.
 */
@Value.Immutable
public abstract class KeyPriority implements Extensible {

  KeyPriority() {}

  /**
   * Returns the priority.
   *
   * @return the value
   */
  public abstract String title();
  /**
   * Returns what the council commits to under it.
   *
   * @return the list, empty when none
   */
  public abstract List<String> commitments();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KeyPriority}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableKeyPriority.Builder {
    Builder() {}
  }
}
