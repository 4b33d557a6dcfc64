package org.productivityplan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A plan document's control record: revision history, ownership, distribution and length.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; copy one with {@code
 * DocumentControl.builder().from(value)}.
 */
@Value.Immutable
public abstract class DocumentControl implements Extensible {

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
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DocumentControl}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableDocumentControl.Builder {
    Builder() {}
  }
}
