package org.productivityplan.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One issue of a document: its version, date and reason.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withVersion(...)}, or with several
 * changed through {@code Revision.builder().from(value)}.
 */
@Value.Immutable
public abstract class Revision implements Extensible, WithRevision {

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
   * Builds a {@link Revision}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link Revision},
   * where each is documented, such as {@code version(String)}; an optional property's method also
   * takes an {@code Optional}. {@code putUnknownProperty(String, RawJson)} keeps a property a
   * reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code Revision}, and {@code
   * build()} returns the {@code Revision}, or throws {@link IllegalStateException} naming each
   * required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableRevision.Builder {
    Builder() {}
  }
}
