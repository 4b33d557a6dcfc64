package org.productivityplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.productivityplan.testing.PropertyChecks;

class FinancialYearTest {

  @Test
  void parsesAndPrintsYyyySlashYy() {
    FinancialYear fy = FinancialYear.parse("2023/24");
    assertThat(fy.startYear()).isEqualTo(2023);
    assertThat(fy.endYear()).isEqualTo(2024);
    assertThat(fy.toString()).isEqualTo("2023/24");
    assertThat(FinancialYear.parse("1999/00").toString()).isEqualTo("1999/00");
    assertThat(FinancialYear.of(2009).toString()).isEqualTo("2009/10");
  }

  @Test
  void runsFromAprilToMarch() {
    FinancialYear fy = FinancialYear.of(2023);
    assertThat(fy.startDate()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(fy.endDate()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(fy.contains(LocalDate.of(2024, 3, 31))).isTrue();
    assertThat(fy.contains(LocalDate.of(2024, 4, 1))).isFalse();
    assertThat(FinancialYear.containing(LocalDate.of(2024, 3, 31))).isEqualTo(fy);
    assertThat(FinancialYear.containing(LocalDate.of(2023, 4, 1))).isEqualTo(fy);
    assertThat(fy.toDateRange().toString()).isEqualTo("2023-04-01/2024-03-31");
  }

  @Test
  void refusesAYearThatDoesNotRunIntoTheNext() {
    assertThatThrownBy(() -> FinancialYear.parse("2023/25"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023 must be followed by 24")
        .hasMessageContaining("'2023/25'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2023", "23/24", "2023-24", "2023/2024", "2023/4", " 2023/24", "0999/00"})
  void refusesOtherForms(String text) {
    assertThatThrownBy(() -> FinancialYear.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text.isEmpty() ? "''" : text.strip());
  }

  @Test
  void refusesStartYearsOutOfRange() {
    assertThatThrownBy(() -> FinancialYear.of(9999)).hasMessageContaining("9999");
    assertThatThrownBy(() -> FinancialYear.of(999)).hasMessageContaining("999");
  }

  @Test
  void ordersAndSteps() {
    FinancialYear fy = FinancialYear.of(2023);
    assertThat(fy.next()).isEqualTo(FinancialYear.parse("2024/25"));
    assertThat(fy.previous()).isEqualTo(FinancialYear.parse("2022/23"));
    assertThat(fy.plusYears(2).compareTo(fy)).isPositive();
    assertThat(fy).isEqualTo(FinancialYear.of(2023)).hasSameHashCodeAs(FinancialYear.of(2023));
    assertThat(fy).isNotEqualTo(fy.next());
    assertThatThrownBy(() -> FinancialYear.parse(null)).hasMessage("text");
  }

  @Test
  void parseReadsBackWhatToStringWrites() {
    PropertyChecks.forAll(
        random -> FinancialYear.of(1000 + random.nextInt(8999)),
        fy -> assertThat(FinancialYear.parse(fy.toString())).isEqualTo(fy));
  }

  @Test
  void everyDayFallsInExactlyTheYearContainingIt() {
    PropertyChecks.forAll(
        random -> PartialDateTest.day(random, 1900, 2200),
        day -> {
          FinancialYear fy = FinancialYear.containing(day);
          assertThat(fy.contains(day)).isTrue();
          assertThat(fy.next().contains(day)).isFalse();
          assertThat(fy.previous().contains(day)).isFalse();
        });
  }
}
