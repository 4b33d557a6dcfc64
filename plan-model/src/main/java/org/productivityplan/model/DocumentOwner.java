package org.productivityplan.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who owns a document in a role, such as its author or release authority.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withRole(...)}, or with several
 * changed through {@code DocumentOwner.builder().from(value)}.
 */
@Value.Immutable
public abstract class DocumentOwner implements Extensible, WithDocumentOwner {

  DocumentOwner() {}

  /**
   * Returns the role, such as "Author".
   *
   * @return the value
   */
  public abstract String role();
  /**
   * Returns the person's name.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> name();
  /**
   * Returns the person's job title.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> jobTitle();

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
   * Builds a {@link DocumentOwner}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link
   * DocumentOwner}, where each is documented, such as {@code role(String)}; an optional property's
   * method also takes an {@code Optional}. {@code putUnknownProperty(String, RawJson)} keeps a
   * property a reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code DocumentOwner}, and {@code
   * build()} returns the {@code DocumentOwner}, or throws {@link IllegalStateException} naming each
   * required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableDocumentOwner.Builder {
    Builder() {}
  }
}
