package org.productivityplan.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A value of a KPI for a period: a baseline, a target or a measurement.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; copy one with {@code
 * KpiValue.builder().from(value)}.
 */
@Value.Immutable
public abstract class KpiValue implements Extensible {

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
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KpiValue}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableKpiValue.Builder {
    Builder() {}
  }
}
