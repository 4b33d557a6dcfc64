package org.productivityplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.productivityplan.testing.PropertyChecks;

class PartialDateTest {

  @Test
  void holdsExactlyThePrecisionGiven() {
    PartialDate august = PartialDate.parse("2024-08");
    assertThat(august.precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(august.earliestDay()).isEqualTo(LocalDate.of(2024, 8, 1));
    assertThat(august.latestDay()).isEqualTo(LocalDate.of(2024, 8, 31));
    assertThat(august.toLocalDate()).isEmpty();
    assertThat(august).isEqualTo(PartialDate.of(YearMonth.of(2024, 8)));

    PartialDate year = PartialDate.parse("2024");
    assertThat(year.precision()).isEqualTo(PartialDate.Precision.YEAR);
    assertThat(year.latestDay()).isEqualTo(LocalDate.of(2024, 12, 31));

    PartialDate day = PartialDate.parse("2024-07-10");
    assertThat(day.toLocalDate()).contains(LocalDate.of(2024, 7, 10));
    assertThat(PartialDate.parse("2024-02").latestDay()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "24", "2024-8", "2024-13", "2024-02-30", "2024/08", "2024-08-15T00:00", "10000"})
  void refusesWhatIsNotAnIsoDateOfSomePrecision(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void comparesByWhatCanCertainlyBeSaid() {
    PartialDate august = PartialDate.parse("2024-08");
    assertThat(PartialDate.parse("2024-08-15").isAfter(august)).isFalse();
    assertThat(PartialDate.parse("2024-08-15").isBefore(august)).isFalse();
    assertThat(PartialDate.parse("2024-09-01").isAfter(august)).isTrue();
    assertThat(PartialDate.parse("2023").isBefore(august)).isTrue();
    assertThat(PartialDate.parse("2024").compareTo(PartialDate.parse("2024-01"))).isNegative();
  }

  /** A day between 1 January of the first year and 31 December of the last. */
  static LocalDate day(Random random, int firstYear, int lastYear) {
    long first = LocalDate.of(firstYear, 1, 1).toEpochDay();
    long last = LocalDate.of(lastYear, 12, 31).toEpochDay();
    return LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first + 1)));
  }

  @Test
  void parseReadsBackWhatToStringWritesAtEveryPrecision() {
    PropertyChecks.forAll(
        random -> day(random, 1000, 9999),
        day -> {
          for (PartialDate date :
              new PartialDate[] {PartialDate.of(day), PartialDate.of(YearMonth.from(day)), PartialDate.ofYear(day.getYear())}) {
            assertThat(PartialDate.parse(date.toString())).isEqualTo(date).hasSameHashCodeAs(date);
            assertThat(date.earliestDay()).isBeforeOrEqualTo(day);
            assertThat(date.latestDay()).isAfterOrEqualTo(day);
          }
        });
  }
}
