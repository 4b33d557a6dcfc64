package org.productivityplan.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A quantity with its unit, possibly a range ("30-40%") or approximate ("nearly 20%").
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withValue(...)}, or with several
 * changed through {@code Measure.builder().from(value)}.
 */
@Value.Immutable
public abstract class Measure implements Extensible, WithMeasure {

  Measure() {}

  /**
   * Returns the value, or the lower end of a range.
   *
   * @return the value
   */
  public abstract BigDecimal value();
  /**
   * Returns the upper end, when the quantity is a range.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<BigDecimal> upTo();
  /**
   * Returns the unit, such as "%" or "people per year".
   *
   * @return the value
   */
  public abstract String unit();
  /**
   * Returns whether the plan gives the value as approximate ("nearly", "circa").
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
   * Builds a {@link Measure}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link Measure},
   * where each is documented, such as {@code value(BigDecimal)}; an optional property's method also
   * takes an {@code Optional}. {@code putUnknownProperty(String, RawJson)} keeps a property a
   * reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code Measure}, and {@code
   * build()} returns the {@code Measure}, or throws {@link IllegalStateException} naming each
   * required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}
  }
}
