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

  /**
   * Builds a {@link KeyPriority}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link KeyPriority},
   * where each is documented, such as {@code title(String)}; an optional property's method also
   * takes an {@code Optional}. A list property has adders too, such as {@code addCommitment(...)},
   * for one element or several, and {@code addAllCommitments(Iterable)}; {@code
   * commitments(Iterable)} replaces the whole list. {@code putUnknownProperty(String, RawJson)}
   * keeps a property a reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code KeyPriority}, and {@code
   * build()} returns the {@code KeyPriority}, or throws {@link IllegalStateException} naming each
   * required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableKeyPriority.Builder {
    Builder() {}
  }
}
