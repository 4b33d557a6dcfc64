package org.productivityplan.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A value of a KPI for a period: a baseline, a target or a measurement.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withValue(...)}, or with several
 * changed through {@code KpiValue.builder().from(value)}.
 */
@Value.Immutable
public abstract class KpiValue implements Extensible, WithKpiValue {

  KpiValue() {}

  /**
   * Returns the value.
   *
   * @return the value
   */
  public abstract BigDecimal value();
  /**
   * Returns the period the value is for.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<DateRange> period();
  /**
   * Returns a note on the value.
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
   * Builds a {@link KpiValue}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link KpiValue},
   * where each is documented, such as {@code value(BigDecimal)}; an optional property's method also
   * takes an {@code Optional}. {@code putUnknownProperty(String, RawJson)} keeps a property a
   * reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code KpiValue}, and {@code
   * build()} returns the {@code KpiValue}, or throws {@link IllegalStateException} naming each
   * required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableKpiValue.Builder {
    Builder() {}
  }
}
