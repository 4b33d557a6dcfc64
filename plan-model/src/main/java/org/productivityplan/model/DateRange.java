package org.productivityplan.model;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A span of time with an optional start and an optional end, each a {@link PartialDate}: "from
 * August 2023", "until 31 March 2025", "2020/21 to 2023/24".
 *
 * <p>A range whose start is after its end can be held, so that a plan stating one still loads;
 * {@link #isCoherent()} tells, and the rule engine reports it (rule PP004).
 *
 * <p>Immutable and thread-safe.
 */
public final class DateRange {

  private final @Nullable PartialDate start;
  private final @Nullable PartialDate end;

  private DateRange(@Nullable PartialDate start, @Nullable PartialDate end) {
    if (start == null && end == null) {
      throw new IllegalArgumentException("A date range needs a start, an end, or both");
    }
    this.start = start;
    this.end = end;
  }

  /**
   * Returns the range from start to end, both inclusive.
   *
   * @param start the first date
   * @param end the last date
   * @return the range
   */
  public static DateRange of(PartialDate start, PartialDate end) {
    return new DateRange(Objects.requireNonNull(start, "start"), Objects.requireNonNull(end, "end"));
  }

  /**
   * Returns the range that starts at a date and has no stated end.
   *
   * @param start the first date
   * @return the range
   */
  public static DateRange startingAt(PartialDate start) {
    return new DateRange(Objects.requireNonNull(start, "start"), null);
  }

  /**
   * Returns the range that ends at a date and has no stated start.
   *
   * @param end the last date
   * @return the range
   */
  public static DateRange endingAt(PartialDate end) {
    return new DateRange(null, Objects.requireNonNull(end, "end"));
  }

  /**
   * Returns the range of optional ends; at least one must be present.
   *
   * @param start the first date, or empty
   * @param end the last date, or empty
   * @return the range
   * @throws IllegalArgumentException when both are empty
   */
  public static DateRange of(Optional<PartialDate> start, Optional<PartialDate> end) {
    return new DateRange(start.orElse(null), end.orElse(null));
  }

  /**
   * Returns the financial years from the first's 1 April to the last's 31 March.
   *
   * @param first the first financial year
   * @param last the last financial year
   * @return the range
   */
  public static DateRange ofFinancialYears(FinancialYear first, FinancialYear last) {
    return of(PartialDate.of(first.startDate()), PartialDate.of(last.endDate()));
  }

  /**
   * Parses the form {@link #toString()} prints: {@code 2023-08/2024-08}, {@code 2023-08/..} or
   * {@code ../2025-03-31}.
   *
   * @param text the text to parse
   * @return the range
   * @throws IllegalArgumentException naming the text when it is not of that form
   */
  public static DateRange parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
      throw new IllegalArgumentException(
          "A date range must be written START/END with '..' for an open end, but was '" + text + "'");
    }
    String a = s.substring(0, slash);
    String b = s.substring(slash + 1);
    return new DateRange(
        a.equals("..") ? null : PartialDate.parse(a), b.equals("..") ? null : PartialDate.parse(b));
  }

  /**
   * Returns the start, if stated.
   *
   * @return the start, or empty
   */
  public Optional<PartialDate> start() {
    return Optional.ofNullable(start);
  }

  /**
   * Returns the end, if stated.
   *
   * @return the end, or empty
   */
  public Optional<PartialDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Tells whether the start is not after the end (true when either is open).
   *
   * @return false only when the start is certainly after the end
   */
  public boolean isCoherent() {
    return start == null || end == null || !start.isAfter(end);
  }

  /**
   * Returns a copy with another start.
   *
   * @param newStart the start
   * @return the range
   */
  public DateRange withStart(PartialDate newStart) {
    return new DateRange(Objects.requireNonNull(newStart, "newStart"), end);
  }

  /**
   * Returns a copy with another end.
   *
   * @param newEnd the end
   * @return the range
   */
  public DateRange withEnd(PartialDate newEnd) {
    return new DateRange(start, Objects.requireNonNull(newEnd, "newEnd"));
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DateRange)) {
      return false;
    }
    DateRange that = (DateRange) other;
    return Objects.equals(start, that.start) && Objects.equals(end, that.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /** Returns {@code 2023-08/2024-08}, with {@code ..} for an open end, as in ISO-8601 intervals. */
  @Override
  public String toString() {
    return (start == null ? ".." : start.toString()) + "/" + (end == null ? ".." : end.toString());
  }
}
