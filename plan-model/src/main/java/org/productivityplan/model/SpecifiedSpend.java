package org.productivityplan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A line of specified spend: consultants, agency staff, EDI programmes, trade union facility
 * time, or another.
 *
 * <p>A line counts as reported ({@link #isReported()}) when it gives an amount for a named financial
 * year, or a share of the pay bill. "Not stated" is an absent line or an absent amount; "stated as
 * none" is an amount of zero.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withId(...)}, or with several changed
 * through {@code SpecifiedSpend.builder().from(value)}.
 */
@Value.Immutable
public abstract class SpecifiedSpend implements Extensible, WithSpecifiedSpend {

  SpecifiedSpend() {}

  /**
   * Returns the line's id, unique within the plan.
   *
   * @return the value
   */
  @NotBlank
  public abstract String id();
  /**
   * Returns what kind of spend it is.
   *
   * @return the value
   */
  public abstract SpendCategory category();
  /**
   * Returns which part of the council the line covers, such as "central staff".
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> scope();
  /**
   * Returns the financial year of the figure.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<FinancialYear> financialYear();
  /**
   * Returns the amount spent.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid Money> amount();
  /**
   * Returns the spend as a share of the total pay bill (how facility time is published).
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid Percentage> shareOfPayBill();
  /**
   * Returns another measure of the spend, with its unit (such as the share of a workforce that is agency staff).
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid Measure> otherMeasure();
  /**
   * Returns what the plan says of the spend.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> narrative();
  /**
   * Returns the reduction the council targets.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid ReductionTarget> reductionTarget();
  /**
   * Returns why the council keeps the spend, when it targets no reduction.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> retentionReason();

  /**
   * Tells whether the line is reported in the guidance's sense: an amount for a named financial
   * year, or a share of the pay bill.
   *
   * @return true when reported with a figure
   */
  public final boolean isReported() {
    return (amount().isPresent() && financialYear().isPresent()) || shareOfPayBill().isPresent();
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
   * Builds a {@link SpecifiedSpend}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link
   * SpecifiedSpend}, where each is documented, such as {@code id(String)}; an optional property's
   * method also takes an {@code Optional}. {@code putUnknownProperty(String, RawJson)} keeps a
   * property a reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code SpecifiedSpend}, and {@code
   * build()} returns the {@code SpecifiedSpend}, or throws {@link IllegalStateException} naming
   * each required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableSpecifiedSpend.Builder {
    Builder() {}
  }
}
