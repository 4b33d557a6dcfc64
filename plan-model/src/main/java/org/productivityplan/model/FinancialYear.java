package org.productivityplan.model;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK local-government financial year, which runs from 1 April to 31 March and is written {@code
 * 2023/24}.
 *
 * <p>Create with {@link #of(int)}, {@link #parse(CharSequence)} or {@link #containing(LocalDate)}.
 * The second part must be the year after the first: {@code 2023/25} is refused.
 *
 * <p>Immutable and thread-safe.
 */
public final class FinancialYear implements Comparable<FinancialYear> {

  /** The earliest start year accepted. */
  public static final int MIN_START_YEAR = 1000;

  /** The latest start year accepted: its end year still has four digits. */
  public static final int MAX_START_YEAR = 9998;

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})/(\\d{2})");

  private final int startYear;

  private FinancialYear(int startYear) {
    this.startYear = startYear;
  }

  /**
   * Returns the financial year that starts on 1 April of the given year.
   *
   * @param startYear the calendar year in which it starts, 1000 to 9998
   * @return the financial year
   * @throws IllegalArgumentException naming the year when it is out of range
   */
  public static FinancialYear of(int startYear) {
    if (startYear < MIN_START_YEAR || startYear > MAX_START_YEAR) {
      throw new IllegalArgumentException(
          "A financial year must start in a year from " + MIN_START_YEAR + " to " + MAX_START_YEAR
              + ", but started in " + startYear);
    }
    return new FinancialYear(startYear);
  }

  /**
   * Parses {@code YYYY/YY}, for example {@code 2023/24}.
   *
   * @param text the text to parse
   * @return the financial year
   * @throws IllegalArgumentException naming the text when it is not of that form, or when the
   *     second year does not follow the first ({@code 2023/25})
   */
  public static FinancialYear parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "A financial year must be written YYYY/YY, for example 2023/24, but was '" + text + "'");
    }
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    if (start < MIN_START_YEAR || start > MAX_START_YEAR) {
      throw new IllegalArgumentException(
          "A financial year must start in a year from " + MIN_START_YEAR + " to " + MAX_START_YEAR
              + ", but '" + text + "' starts in " + start);
    }
    if ((start + 1) % 100 != end) {
      throw new IllegalArgumentException(
          "A financial year runs into the next year, so " + start + " must be followed by "
              + String.format("%02d", (start + 1) % 100) + ", but '" + text + "' was given");
    }
    return of(start);
  }

  /**
   * Returns the financial year that contains the given day.
   *
   * @param date the day
   * @return the financial year from 1 April to 31 March around it
   */
  public static FinancialYear containing(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return of(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
  }

  /**
   * Returns the calendar year in which this financial year starts.
   *
   * @return the start year, such as 2023 for 2023/24
   */
  public int startYear() {
    return startYear;
  }

  /**
   * Returns the calendar year in which this financial year ends.
   *
   * @return the end year, such as 2024 for 2023/24
   */
  public int endYear() {
    return startYear + 1;
  }

  /**
   * Returns the first day: 1 April of the start year.
   *
   * @return the first day
   */
  public LocalDate startDate() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  /**
   * Returns the last day: 31 March of the end year.
   *
   * @return the last day
   */
  public LocalDate endDate() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  /**
   * Tells whether the day falls within this financial year.
   *
   * @param date the day
   * @return true when 1 April &lt;= date &lt;= 31 March
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(startDate()) && !date.isAfter(endDate());
  }

  /**
   * Returns the financial year that many years later (earlier when negative).
   *
   * @param years the number of years to add
   * @return the financial year
   */
  public FinancialYear plusYears(int years) {
    return of(startYear + years);
  }

  /**
   * Returns the following financial year.
   *
   * @return the next financial year
   */
  public FinancialYear next() {
    return plusYears(1);
  }

  /**
   * Returns the preceding financial year.
   *
   * @return the previous financial year
   */
  public FinancialYear previous() {
    return plusYears(-1);
  }

  /**
   * Returns the days of this financial year as a range.
   *
   * @return 1 April to 31 March
   */
  public DateRange toDateRange() {
    return DateRange.of(PartialDate.of(startDate()), PartialDate.of(endDate()));
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FinancialYear && startYear == ((FinancialYear) other).startYear;
  }

  @Override
  public int hashCode() {
    return startYear;
  }

  /** Returns {@code 2023/24}, which {@link #parse(CharSequence)} reads back. */
  @Override
  public String toString() {
    return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
  }
}
