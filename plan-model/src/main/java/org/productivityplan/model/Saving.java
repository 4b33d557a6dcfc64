package org.productivityplan.model;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A saving of money: targeted, projected or achieved, one-off or per year, possibly a range
 * ("£40-50m").
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withDescription(...)}, and with
 * several changed by chaining them. Unlike the other types' builders, {@link Builder} has no
 * {@code from(Saving)}: {@code from} is a property here, {@link #from()}.
 */
@Value.Immutable
public abstract class Saving implements Extensible, WithSaving {

  Saving() {}

  /**
   * Returns what the saving is.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> description();
  /**
   * Returns whether the saving is targeted, projected or achieved.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<BenefitBasis> basis();
  /**
   * Returns the amount, or the lower end of a range.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid Money> amount();
  /**
   * Returns the upper end, when the saving is a range.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid Money> upTo();
  /**
   * Returns true for a saving per year, false for a one-off; empty when not stated.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<Boolean> recurring();
  /**
   * Returns the financial year the saving falls in.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<FinancialYear> financialYear();
  /**
   * Returns from when the saving runs.
   *
   * @return the value, or empty when not stated
   */
  // Immutables warns that the builder's from(Saving) gives way to this property's from(...):
  // the class's javadoc says so, and copies of a Saving go through its with* methods.
  @SuppressWarnings("immutables:from")
  public abstract Optional<PartialDate> from();
  /**
   * Returns by when the saving is to be made.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<PartialDate> by();
  /**
   * Returns whether the plan gives the amount as approximate.
   *
   * @return the value
   */
  @Value.Default
  public boolean approximate() {
    return false;
  }

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
   * Builds a {@link Saving}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link Saving}, where
   * each is documented, such as {@code description(String)}; an optional property's method also
   * takes an {@code Optional}. {@code putUnknownProperty(String, RawJson)} keeps a property a
   * reader did not know.
   *
   * <p>{@code from(PartialDate)} sets the property {@link Saving#from()}: this builder cannot copy an
   * existing {@code Saving}, which its {@code with} methods do. {@code build()} returns the {@code
   * Saving}, or throws {@link IllegalStateException} naming each required property not set. No
   * method takes null.
   */
  public static final class Builder extends ImmutableSaving.Builder {
    Builder() {}
  }
}
