package org.productivityplan.model;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in pounds sterling, held as an exact decimal.
 *
 * <p>In the manner of {@code java.time}: create with {@link #ofPounds(BigDecimal)}, {@link
 * #ofPounds(long)} or {@link #parse(CharSequence)}; amounts are never rounded unless asked ({@link
 * #roundedToPence()}). Two amounts are equal when they are numerically equal ({@code £13.10} equals
 * {@code £13.1}). A negative amount can be held, so that a plan that states one still loads; the
 * rule engine reports it (rule PP005).
 *
 * <p>Immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

  /** The only currency this type holds. */
  public static final String CURRENCY = "GBP";

  private static final Money ZERO = new Money(BigDecimal.ZERO);

  private final BigDecimal amount;

  private Money(BigDecimal amount) {
    // One canonical scale per value, so equals, hashCode and toString agree.
    BigDecimal stripped = amount.stripTrailingZeros();
    this.amount = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Returns the given number of pounds.
   *
   * @param pounds the amount in pounds, exact
   * @return the amount
   */
  public static Money ofPounds(BigDecimal pounds) {
    Objects.requireNonNull(pounds, "pounds");
    return pounds.signum() == 0 ? ZERO : new Money(pounds);
  }

  /**
   * Returns a whole number of pounds.
   *
   * @param pounds the amount in pounds
   * @return the amount
   */
  public static Money ofPounds(long pounds) {
    return ofPounds(BigDecimal.valueOf(pounds));
  }

  /**
   * Returns the given number of pence.
   *
   * @param pence the amount in pence
   * @return the amount
   */
  public static Money ofPence(long pence) {
    return ofPounds(BigDecimal.valueOf(pence, 2));
  }

  /**
   * Returns nothing: {@code £0}.
   *
   * @return zero pounds
   */
  public static Money zero() {
    return ZERO;
  }

  /**
   * Parses an amount of pounds written as a plain decimal number, bare or marked as pounds: {@code
   * 1500000.00} (as the JSON format and spreadsheets write amounts), {@code GBP 13100000} or {@code
   * GBP -0.5} (as {@link #toString()} prints), or {@code £13100000}. Surrounding spaces are
   * ignored.
   *
   * <p>Only those forms, because a figure misread is worse than one refused: thousands separators
   * ({@code 13,100,000}, read as 13.1 in some locales), abbreviations ({@code £13.1m}), exponents
   * ({@code 1e6}), a bare point ({@code .5}) and other currencies are refused.
   *
   * @param text the text to parse
   * @return the amount
   * @throws IllegalArgumentException naming the text when it is not an amount of pounds
   */
  public static Money parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    String number;
    if (s.startsWith("GBP ")) {
      number = s.substring(4).strip();
    } else if (s.startsWith("£")) {
      number = s.substring(1);
    } else {
      number = s;
    }
    if (!number.matches("-?\\d+(\\.\\d+)?")) {
      throw new IllegalArgumentException("Money must be a plain decimal number of pounds, such as"
          + " '1500000.00', 'GBP 1500000' or '£1500000', but was '" + text + "'");
    }
    return ofPounds(new BigDecimal(number));
  }

  /**
   * Returns the amount in pounds, exact, with no trailing zeros after the point.
   *
   * @return the amount in pounds
   */
  @PositiveOrZero
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Returns the currency, always {@value #CURRENCY}.
   *
   * @return {@value #CURRENCY}
   */
  public String currency() {
    return CURRENCY;
  }

  /**
   * Tells whether the amount is below zero.
   *
   * @return true when negative
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Tells whether the amount is zero.
   *
   * @return true when zero
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Returns the sum, exact.
   *
   * @param other the amount to add
   * @return this plus other
   */
  public Money plus(Money other) {
    Objects.requireNonNull(other, "other");
    return ofPounds(amount.add(other.amount));
  }

  /**
   * Returns the difference, exact.
   *
   * @param other the amount to subtract
   * @return this minus other
   */
  public Money minus(Money other) {
    Objects.requireNonNull(other, "other");
    return ofPounds(amount.subtract(other.amount));
  }

  /**
   * Returns this amount multiplied by a factor, exact (round it with {@link #roundedToPence()}).
   *
   * @param factor the factor
   * @return this times factor
   */
  public Money multipliedBy(BigDecimal factor) {
    Objects.requireNonNull(factor, "factor");
    return ofPounds(amount.multiply(factor));
  }

  /**
   * Returns the given share of this amount, exact: {@code £13.1m × 10%}.
   *
   * @param share the share
   * @return the share of this amount
   */
  public Money percentOf(Percentage share) {
    Objects.requireNonNull(share, "share");
    return ofPounds(amount.multiply(share.toFraction()));
  }

  /**
   * Returns the amount with the sign reversed.
   *
   * @return minus this
   */
  public Money negated() {
    return ofPounds(amount.negate());
  }

  /**
   * Returns the amount rounded to whole pence, half to even (banker's rounding, as in accounting).
   *
   * @return the amount in whole pence
   */
  public Money roundedToPence() {
    return ofPounds(amount.setScale(2, RoundingMode.HALF_EVEN));
  }

  /**
   * Returns the amount in pence.
   *
   * @return the amount in pence
   * @throws ArithmeticException when the amount has a fraction of a penny or does not fit a long
   */
  public long toPence() {
    return amount.movePointRight(2).longValueExact();
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money && amount.equals(((Money) other).amount);
  }

  @Override
  public int hashCode() {
    return amount.hashCode();
  }

  /**
   * Returns the amount as {@code GBP 13100000}: the currency code and the plain decimal amount,
   * which {@link #parse(CharSequence)} reads back.
   */
  @Override
  public String toString() {
    return CURRENCY + " " + amount.toPlainString();
  }
}
