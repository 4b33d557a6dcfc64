package org.productivityplan.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * A percentage, held as an exact decimal number of per cent: {@code 0.03} is 0.03%.
 *
 * <p>Any finite value can be held so that a plan stating one still loads; {@link #isInRange()}
 * tells whether it lies in 0..100, and the rule engine reports one that does not (rule PP005).
 * Two percentages are equal when numerically equal.
 *
 * <p>Immutable and thread-safe.
 */
public final class Percentage implements Comparable<Percentage> {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal value;

  private Percentage(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    this.value = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Returns the given number of per cent.
   *
   * @param percent the number of per cent, for example {@code 0.03}
   * @return the percentage
   */
  public static Percentage of(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    return new Percentage(percent);
  }

  /**
   * Returns the given number of per cent.
   *
   * @param percent the number of per cent
   * @return the percentage
   */
  public static Percentage of(long percent) {
    return new Percentage(BigDecimal.valueOf(percent));
  }

  /**
   * Returns the percentage that a fraction represents: {@code 0.25} is 25%.
   *
   * @param fraction the fraction
   * @return the percentage
   */
  public static Percentage fromFraction(BigDecimal fraction) {
    Objects.requireNonNull(fraction, "fraction");
    return new Percentage(fraction.multiply(HUNDRED));
  }

  /**
   * Parses {@code 0.03%} or {@code 0.03}.
   *
   * @param text the text to parse
   * @return the percentage
   * @throws IllegalArgumentException naming the text when it is not a decimal number of per cent
   */
  public static Percentage parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    if (s.endsWith("%")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (!s.matches("-?\\d+(\\.\\d+)?")) {
      throw new IllegalArgumentException(
          "A percentage must be a decimal number of per cent such as '0.03%', but was '" + text + "'");
    }
    return new Percentage(new BigDecimal(s));
  }

  /**
   * Returns the number of per cent.
   *
   * @return the number of per cent
   */
  @DecimalMin(value = "0", message = "must be at least 0")
  @DecimalMax(value = "100", message = "must be at most 100")
  public BigDecimal value() {
    return value;
  }

  /**
   * Tells whether the value lies in 0..100 inclusive.
   *
   * @return true when 0 &lt;= value &lt;= 100
   */
  public boolean isInRange() {
    return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
  }

  /**
   * Returns the fraction this percentage represents: 25% is {@code 0.25}.
   *
   * @return value / 100, exact
   */
  public BigDecimal toFraction() {
    return value.divide(HUNDRED, MathContext.UNLIMITED);
  }

  @Override
  public int compareTo(Percentage other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Percentage && value.equals(((Percentage) other).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns {@code 0.03%}, which {@link #parse(CharSequence)} reads back. */
  @Override
  public String toString() {
    return value.toPlainString() + "%";
  }
}
