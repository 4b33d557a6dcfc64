package org.productivityplan.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A plan's submission to the department.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withDate(...)}, or with several
 * changed through {@code Submission.builder().from(value)}.
 */
@Value.Immutable
public abstract class Submission implements Extensible, WithSubmission {

  Submission() {}

  /**
   * Returns the date of submission.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<LocalDate> date();
  /**
   * Returns who it was submitted to.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> recipient();
  /**
   * Returns the new deadline, when an extension was agreed.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<LocalDate> extensionAgreedTo();

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
   * Builds a {@link Submission}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link Submission},
   * where each is documented, such as {@code date(LocalDate)}; an optional property's method also
   * takes an {@code Optional}. {@code putUnknownProperty(String, RawJson)} keeps a property a
   * reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code Submission}, and {@code
   * build()} returns the {@code Submission}, or throws {@link IllegalStateException} naming each
   * required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableSubmission.Builder {
    Builder() {}
  }
}
