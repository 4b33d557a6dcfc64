package org.productivityplan.model;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reduction a council targets in a line of spend ("a reduction of circa £3m in 24/25").
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withAmount(...)}, or with several
 * changed through {@code ReductionTarget.builder().from(value)}.
 */
@Value.Immutable
public abstract class ReductionTarget implements Extensible, WithReductionTarget {

  ReductionTarget() {}

  /**
   * Returns the reduction in money.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid Money> amount();
  /**
   * Returns the reduction as a share of the spend.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid Percentage> share();
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
   * Builds a {@link ReductionTarget}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link
   * ReductionTarget}, where each is documented, such as {@code amount(Money)}; an optional
   * property's method also takes an {@code Optional}. {@code putUnknownProperty(String, RawJson)}
   * keeps a property a reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code ReductionTarget}, and {@code
   * build()} returns the {@code ReductionTarget}, or throws {@link IllegalStateException} naming
   * each required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableReductionTarget.Builder {
    Builder() {}
  }
}
