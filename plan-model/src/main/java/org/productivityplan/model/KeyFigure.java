package org.productivityplan.model;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure a plan gives for context, outside any project or spend line.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withDescription(...)}, or with
 * several changed through {@code KeyFigure.builder().from(value)}.
 */
@Value.Immutable
public abstract class KeyFigure implements Extensible, WithKeyFigure {

  KeyFigure() {}

  /**
   * Returns what the figure is.
   *
   * @return the value
   */
  public abstract String description();
  /**
   * Returns the amount of money, if the figure is one.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid Money> amount();
  /**
   * Returns the quantity, if the figure is not money.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid Measure> measure();
  /**
   * Returns the financial year the figure belongs to.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<FinancialYear> financialYear();
  /**
   * Returns the period the figure covers, when not one financial year.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<DateRange> period();

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
   * Builds a {@link KeyFigure}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link KeyFigure},
   * where each is documented, such as {@code description(String)}; an optional property's method
   * also takes an {@code Optional}. {@code putUnknownProperty(String, RawJson)} keeps a property a
   * reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code KeyFigure}, and {@code
   * build()} returns the {@code KeyFigure}, or throws {@link IllegalStateException} naming each
   * required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableKeyFigure.Builder {
    Builder() {}
  }
}
