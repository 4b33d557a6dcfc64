package org.productivityplan.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A key priority under a council-plan outcome, with its commitments.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withTitle(...)}, or with several
 * changed through {@code KeyPriority.builder().from(value)}.
 */
@Value.Immutable
public abstract class KeyPriority implements Extensible, WithKeyPriority {

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

  /** Builds a {@link KeyPriority}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableKeyPriority.Builder {
    Builder() {}
  }
}
