package org.productivityplan.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reduction a council targets in a line of spend ("a reduction of circa £3m in 24/25").
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; copy one with {@code
 * ReductionTarget.builder().from(value)}.
 */
@Value.Immutable
public abstract class ReductionTarget implements Extensible {

  ReductionTarget() {}

  /**
   * Returns the reduction in money.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<Money> amount();
  /**
   * Returns the reduction as a share of the spend.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<Percentage> share();
  /**
   * Returns the financial year of the reduction.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<FinancialYear> financialYear();
  /**
   * Returns the target, in words.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> description();
  /**
   * Returns whether the plan gives the target as approximate.
   *
   * @return the value
   */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReductionTarget}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableReductionTarget.Builder {
    Builder() {}
  }
}
