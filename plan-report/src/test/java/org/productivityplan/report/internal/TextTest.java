package org.productivityplan.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.FinancialYear;
import org.productivityplan.testing.PropertyChecks;

class TextTest {

  @Test
  void visibleTakesTheShortWayOnlyWhenTheLongWayWouldChangeNothing() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String text = "a " + (char) c + " b";
      assertThat(Text.visible(text)).as("U+%04X", c).isEqualTo(Text.rewritten(text));
    }
  }

  @Test
  void visibleShowsControlsAndBidiAsEscapesAndLeavesTheRest() {
    assertThat(Text.visible("Adult social care – 2024’s plan, £1m")).isEqualTo("Adult social care – 2024’s plan, £1m");
    assertThat(Text.visible("evil\u202etxt.exe\u2066\n")).isEqualTo("evil\\u202etxt.exe\\u2066\\n");
    assertThat(Text.visible("bell\u0007 and \u0085")).isEqualTo("bell\\u0007 and \\u0085");
  }

  @Test
  void visibleOfRandomTextIsTheLongWays() {
    char[] alphabet = {'a', ' ', '£', '–', '’', '\u202e', '\u2028', '\n', '\u0007', '\u0085', 'é', '\u061c'};
    int cases =
        PropertyChecks.forAll(
            (Random r) -> {
              StringBuilder text = new StringBuilder();
              int length = r.nextInt(40);
              for (int i = 0; i < length; i++) {
                text.append(r.nextInt(4) == 0 ? alphabet[r.nextInt(alphabet.length)] : 'x');
              }
              return text.toString();
            },
            text -> assertThat(Text.visible(text)).isEqualTo(Text.rewritten(text)));
    assertThat(cases).isPositive();
  }

  @Test
  void moneyAndNumbersAreGroupedWithUpToTwoDecimalsRoundedHalfEven() {
    assertThat(Text.money(new BigDecimal("13100000"))).isEqualTo("£13,100,000");
    assertThat(Text.money(new BigDecimal("-1250.505"))).isEqualTo("-£1,250.5");
    assertThat(Text.money(new BigDecimal("0.125"))).isEqualTo("£0.12");
    assertThat(Text.number(new BigDecimal("1250.50"))).isEqualTo("1,250.5");
    assertThat(Text.number(new BigDecimal("-0.001"))).isEqualTo("-0");
  }

  @Test
  void numbersAreWrittenAsDecimalFormatWritesThem() {
    DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    int cases =
        PropertyChecks.forAll(
            10_000,
            (Random r) -> {
              // Up to 20 digits, from a thousandth of a penny to billions, ties included.
              BigInteger unscaled = new BigInteger(1 + r.nextInt(66), r);
              if (r.nextInt(4) == 0) {
                unscaled = unscaled.multiply(BigInteger.TEN).add(BigInteger.valueOf(5));
              }
              return new BigDecimal(r.nextBoolean() ? unscaled : unscaled.negate(), r.nextInt(9) - 3);
            },
            value -> assertThat(Text.number(value)).as("%s", value).isEqualTo(format.format(value)));
    assertThat(cases).isEqualTo(10_000);
  }

  @Test
  void everyFinancialYearIsWrittenAsTheModelWritesIt() {
    for (int start = FinancialYear.MIN_START_YEAR; start <= FinancialYear.MAX_START_YEAR; start++) {
      FinancialYear year = FinancialYear.of(start);
      assertThat(Text.year(year)).isEqualTo(year.toString());
    }
    assertThat(Text.year(FinancialYear.parse("1999/00"))).isEqualTo("1999/00");
    assertThat(Text.year(FinancialYear.parse("2009/10"))).isEqualTo("2009/10");
  }
}
