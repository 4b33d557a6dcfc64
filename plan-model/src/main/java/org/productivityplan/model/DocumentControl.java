package org.productivityplan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A plan document's control record: revision history, ownership, distribution and length.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withRevisions(...)}, or with several
 * changed through {@code DocumentControl.builder().from(value)}.
 */
@Value.Immutable
public abstract class DocumentControl implements Extensible, WithDocumentControl {

  DocumentControl() {}

  /**
   * Returns the issues of the document, oldest first.
   *
   * @return the list, empty when none
   */
  public abstract List<@Valid Revision> revisions();
  /**
   * Returns the people who own the document, by role.
   *
   * @return the list, empty when none
   */
  public abstract List<@Valid DocumentOwner> owners();
  /**
   * Returns who the document is distributed to.
   *
   * @return the list, empty when none
   */
  public abstract List<String> distribution();
  /**
   * Returns how many pages the published document runs to.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Positive Integer> pageCount();

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
   * Builds a {@link DocumentControl}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link
   * DocumentControl}, where each is documented, such as {@code pageCount(Integer)}; an optional
   * property's method also takes an {@code Optional}. A list property has adders too, such as
   * {@code addRevision(...)}, for one element or several, and {@code addAllRevisions(Iterable)};
   * {@code revisions(Iterable)} replaces the whole list. {@code putUnknownProperty(String,
   * RawJson)} keeps a property a reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code DocumentControl}, and {@code
   * build()} returns the {@code DocumentControl}, or throws {@link IllegalStateException} naming
   * each required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableDocumentControl.Builder {
    Builder() {}
  }
}
