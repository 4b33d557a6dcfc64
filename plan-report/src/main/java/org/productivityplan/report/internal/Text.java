package org.productivityplan.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.productivityplan.model.Coded;
import org.productivityplan.model.FinancialYear;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Money;
import org.productivityplan.model.PartialDate;
import org.productivityplan.model.SpendCategory;

/**
 * Turns plan values into the words and numbers a reader sees. Every string taken from a plan passes
 * through {@link #visible(String)} before it reaches a template, which then escapes it for HTML.
 */
final class Text {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private Text() {}

  /**
   * Makes invisible characters visible: control characters as {@link Finding#printable} writes
   * them, and the Unicode bidirectional controls (which would reorder the text around them) as
   * {@code \}{@code u202e} and the like. What remains is shown as the plan wrote it.
   *
   * <p>Most text has none of these, and is returned as it is after one look at each character;
   * text that has one is rewritten character by character.
   */
  static String visible(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7F && isControlOrBidi(c)) {
        return rewritten(text);
      }
    }
    return text;
  }

  /**
   * Tells whether a character at or above {@code 0x7F} may be one {@link #visible} shows as an
   * escape: the C1 controls and DEL, the line and paragraph separators, and the bidirectional
   * controls.
   */
  static boolean isControlOrBidi(char c) {
    return c <= 0x9F
        || c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x2028 && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** {@link #visible}, the long way: every character looked at and rewritten as needed. */
  static String rewritten(String text) {
    String printable = Finding.printable(text);
    StringBuilder out = null;
    for (int i = 0; i < printable.length(); i++) {
      char c = printable.charAt(i);
      boolean bidi =
          (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E
              || c == 0x200F || c == 0x061C;
      if (bidi && out == null) {
        out = new StringBuilder(printable.length() + 16).append(printable, 0, i);
      }
      if (out == null) {
        continue;
      }
      if (bidi) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out == null ? printable : out.toString();
  }

  /** An amount as a reader writes it: {@code £13,100,000}, pence only when there are some. */
  static String money(Money money) {
    return money(money.amount());
  }

  static String money(BigDecimal pounds) {
    String sign = pounds.signum() < 0 ? "-" : "";
    return sign + "£" + number(pounds.abs());
  }

  /**
   * A number with up to two decimals, grouped: {@code 1,250.5}. Written as {@link
   * java.text.DecimalFormat} writes it with the pattern {@code #,##0.##}, rounding half to even, in a
   * British locale (a negative number that rounds to nothing is {@code -0}), at a quarter of the
   * cost.
   */
  static String number(BigDecimal value) {
    BigDecimal rounded = value.scale() > 2 ? value.setScale(2, RoundingMode.HALF_EVEN) : value;
    String digits = rounded.abs().toPlainString();
    int point = digits.indexOf('.');
    int whole = point < 0 ? digits.length() : point;
    int fraction = digits.length();
    while (fraction > whole + 1 && digits.charAt(fraction - 1) == '0') {
      fraction--;
    }
    StringBuilder out = new StringBuilder(digits.length() + whole / 3 + 1);
    if (value.signum() < 0) {
      out.append('-');
    }
    for (int i = 0; i < whole; i++) {
      if (i > 0 && (whole - i) % 3 == 0) {
        out.append(',');
      }
      out.append(digits.charAt(i));
    }
    if (fraction > whole + 1) {
      out.append(digits, whole, fraction);
    }
    return out.toString();
  }

  /**
   * A financial year as {@link FinancialYear#toString()} writes it, {@code 2023/24}, without the
   * {@code String.format} it pays for the second year's two digits.
   */
  static String year(FinancialYear year) {
    int end = year.endYear() % 100;
    return year.startYear() + (end < 10 ? "/0" : "/") + end;
  }

  /** A percentage with one decimal: {@code 42.5%}. */
  static String percent(BigDecimal percent) {
    return percent.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  static String date(LocalDate date) {
    return DAY.format(date);
  }

  /** A date to the precision the plan gives: {@code 2024}, {@code July 2024} or {@code 19 July 2024}. */
  static String date(PartialDate date) {
    switch (date.precision()) {
      case YEAR:
        return Integer.toString(date.year());
      case MONTH:
        return MONTH.format(date.earliestDay());
      default:
        return DAY.format(date.earliestDay());
    }
  }

  /** An enum constant's code as words: {@code agencyStaff} becomes {@code agency staff}. */
  static String words(Coded value) {
    String code = value.code();
    StringBuilder out = new StringBuilder(code.length() + 4);
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (Character.isUpperCase(c)) {
        out.append(' ').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** What a reader calls a category of specified spend. */
  static String spendCategory(SpendCategory category) {
    switch (category) {
      case CONSULTANCY:
        return "Consultants";
      case AGENCY_STAFF:
        return "Agency staff";
      case EDI:
        return "EDI programmes";
      case TRADE_UNION_FACILITY_TIME:
        return "Trade union facility time";
      default:
        return "Other";
    }
  }

  /** The first letter in capitals. */
  static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
