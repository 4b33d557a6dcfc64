package org.productivityplan.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the year, the month or the day, written in ISO-8601's reduced forms:
 * {@code 2024}, {@code 2024-08} or {@code 2024-08-15}.
 *
 * <p>Plans often date their commitments only to the month ("the new system will go live in August
 * 2024"); this type holds exactly what the text gives, without inventing a day. {@link
 * #earliestDay()} and {@link #latestDay()} give the first and last day the date can mean.
 *
 * <p>Immutable and thread-safe.
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** How precisely a {@link PartialDate} is known. */
  public enum Precision {
    /** Known to the year, such as {@code 2024}. */
    YEAR,
    /** Known to the month, such as {@code 2024-08}. */
    MONTH,
    /** Known to the day, such as {@code 2024-08-15}. */
    DAY
  }

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private final int year;
  private final int month;
  private final int day;

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * Returns a date known to the day.
   *
   * @param date the day
   * @return the date
   */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkYear(date.getYear());
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Returns a date known to the month.
   *
   * @param month the month
   * @return the date
   */
  public static PartialDate of(YearMonth month) {
    Objects.requireNonNull(month, "month");
    checkYear(month.getYear());
    return new PartialDate(month.getYear(), month.getMonthValue(), 0);
  }

  /**
   * Returns a date known to the year.
   *
   * @param year the year, 1000 to 9999
   * @return the date
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(year, 0, 0);
  }

  /**
   * Parses {@code 2024}, {@code 2024-08} or {@code 2024-08-15}.
   *
   * @param text the text to parse
   * @return the date
   * @throws IllegalArgumentException naming the text when it is none of those forms or no such day
   *     exists
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "A date must be written YYYY, YYYY-MM or YYYY-MM-DD, but was '" + text + "'");
    }
    int year = Integer.parseInt(m.group(1));
    try {
      if (m.group(2) == null) {
        return ofYear(year);
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return of(YearMonth.of(year, month));
      }
      return of(LocalDate.of(year, month, Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("No such date: '" + text + "' (" + e.getMessage() + ")", e);
    }
  }

  private static void checkYear(int year) {
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("A year must have four digits, but was " + year);
    }
  }

  /**
   * Returns how precisely the date is known.
   *
   * @return the precision
   */
  public Precision precision() {
    return month == 0 ? Precision.YEAR : day == 0 ? Precision.MONTH : Precision.DAY;
  }

  /**
   * Returns the year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the day, when the date is known to the day.
   *
   * @return the day, or empty
   */
  public Optional<LocalDate> toLocalDate() {
    return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
  }

  /**
   * Returns the first day this date can mean: 1 January for a year, the 1st for a month.
   *
   * @return the earliest day
   */
  public LocalDate earliestDay() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /**
   * Returns the last day this date can mean: 31 December for a year, the month's end for a month.
   *
   * @return the latest day
   */
  public LocalDate latestDay() {
    if (month == 0) {
      return LocalDate.of(year, 12, 31);
    }
    return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
  }

  /**
   * Tells whether this date is certainly before the other: its latest day comes before the other's
   * earliest day.
   *
   * @param other the other date
   * @return true when certainly before
   */
  public boolean isBefore(PartialDate other) {
    return latestDay().isBefore(other.earliestDay());
  }

  /**
   * Tells whether this date is certainly after the other: its earliest day comes after the other's
   * latest day.
   *
   * @param other the other date
   * @return true when certainly after
   */
  public boolean isAfter(PartialDate other) {
    return earliestDay().isAfter(other.latestDay());
  }

  /** Orders by earliest day, then the less precise first. */
  @Override
  public int compareTo(PartialDate other) {
    int c = earliestDay().compareTo(other.earliestDay());
    return c != 0 ? c : precision().compareTo(other.precision());
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PartialDate)) {
      return false;
    }
    PartialDate that = (PartialDate) other;
    return year == that.year && month == that.month && day == that.day;
  }

  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }

  /** Returns the ISO-8601 form, {@code 2024}, {@code 2024-08} or {@code 2024-08-15}. */
  @Override
  public String toString() {
    if (month == 0) {
      return Integer.toString(year);
    }
    String ym = year + "-" + (month < 10 ? "0" : "") + month;
    return day == 0 ? ym : ym + "-" + (day < 10 ? "0" : "") + day;
  }
}
