package org.productivityplan.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The member endorsement of a plan: the body or role that endorsed it, and when.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withBody(...)}, or with several
 * changed through {@code Endorsement.builder().from(value)}.
 */
@Value.Immutable
public abstract class Endorsement implements Extensible, WithEndorsement {

  Endorsement() {}

  /**
   * Returns the body or role, such as "Cabinet".
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> body();
  /**
   * Returns who endorsed the plan, by kind: the whole Cabinet, full council, a committee or a single
   * member, where the source says.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<Endorser> endorsedBy();
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
   * Builds a {@link Endorsement}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link Endorsement},
   * where each is documented, such as {@code body(String)}; an optional property's method also
   * takes an {@code Optional}. {@code putUnknownProperty(String, RawJson)} keeps a property a
   * reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code Endorsement}, and {@code
   * build()} returns the {@code Endorsement}, or throws {@link IllegalStateException} naming each
   * required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableEndorsement.Builder {
    Builder() {}
  }
}
