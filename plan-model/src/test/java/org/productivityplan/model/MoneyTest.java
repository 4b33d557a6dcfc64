package org.productivityplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.productivityplan.testing.PropertyChecks;

class MoneyTest {

  @ParameterizedTest
  @CsvSource({
    "GBP 13100000, 13100000",
    "£13100000, 13100000",
    "GBP -0.5, -0.5",
    "GBP 0.10, 0.1",
    "' GBP 18500000 ', 18500000",
    "1500000.00, 1500000",
    "13100000, 13100000",
    "-250.5, -250.5"
  })
  void parsesTheFormsItDocuments(String text, BigDecimal expected) {
    assertThat(Money.parse(text).amount()).isEqualByComparingTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "GBP", "£", "1,500,000", "1500000.", "+5", "12 GBP", "GBP 13,100,000", "£13.1m", "EUR 5", "GBP 1e6", "GBP .5"})
  void refusesOtherFormsNamingTheText(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void equalWhenNumericallyEqualWhateverTheScale() {
    Money a = Money.ofPounds(new BigDecimal("13.10"));
    Money b = Money.ofPounds(new BigDecimal("13.1"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).isEqualTo("GBP 13.1");
    assertThat(Money.ofPounds(new BigDecimal("1.31E+7"))).isEqualTo(Money.ofPounds(13_100_000));
    assertThat(Money.ofPounds(13_100_000).toString()).isEqualTo("GBP 13100000");
    assertThat(Money.ofPounds(1)).isNotEqualTo(Money.ofPounds(2)).isNotEqualTo("GBP 1");
  }

  @Test
  void arithmeticIsExact() {
    Money agency = Money.ofPounds(13_100_000);
    Money target = Money.ofPounds(3_000_000);
    assertThat(agency.minus(target)).isEqualTo(Money.ofPounds(10_100_000));
    assertThat(agency.plus(target)).isEqualTo(Money.ofPounds(16_100_000));
    assertThat(Money.ofPence(10).multipliedBy(new BigDecimal("3"))).isEqualTo(Money.ofPence(30));
    assertThat(Money.ofPounds(100).percentOf(Percentage.parse("0.03%")))
        .isEqualTo(Money.ofPounds(new BigDecimal("0.03")));
    assertThat(Money.ofPounds(5).negated()).isEqualTo(Money.ofPounds(-5));
    assertThat(Money.ofPounds(-5).isNegative()).isTrue();
    assertThat(Money.zero().isZero()).isTrue();
    assertThat(Money.ofPounds(1).compareTo(Money.ofPounds(2))).isNegative();
  }

  @ParameterizedTest
  @CsvSource({"0.125, 0.12", "0.135, 0.14", "2.5049, 2.5", "-0.125, -0.12", "7, 7"})
  void roundsToPenceHalfToEven(String pounds, String expected) {
    assertThat(Money.ofPounds(new BigDecimal(pounds)).roundedToPence())
        .isEqualTo(Money.ofPounds(new BigDecimal(expected)));
  }

  @Test
  void toPenceRefusesFractionsOfAPenny() {
    assertThat(Money.parse("GBP 13.1").toPence()).isEqualTo(1310);
    assertThatThrownBy(() -> Money.parse("GBP 0.125").toPence()).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> Money.ofPounds((BigDecimal) null)).hasMessage("pounds");
    assertThatThrownBy(() -> Money.parse(null)).hasMessage("text");
    assertThatThrownBy(() -> Money.zero().plus(null)).hasMessage("other");
    assertThatThrownBy(() -> Money.zero().multipliedBy(null)).hasMessage("factor");
  }

  /** A decimal with up to {@code scale} places, below {@code bound} in magnitude. */
  static BigDecimal decimal(Random random, long bound, int scale) {
    return BigDecimal.valueOf(random.nextLong() % (bound * (long) Math.pow(10, scale)), random.nextInt(scale + 1));
  }

  @Test
  void parseReadsBackWhatToStringWrites() {
    PropertyChecks.forAll(
        random -> Money.ofPounds(decimal(random, 1_000_000_000L, 4)),
        money -> assertThat(Money.parse(money.toString())).isEqualTo(money));
  }

  @Test
  void minusUndoesPlus() {
    PropertyChecks.forAll(
        random -> new Money[] {Money.ofPounds(decimal(random, 1_000_000L, 2)), Money.ofPounds(decimal(random, 1_000_000L, 2))},
        ab -> assertThat(ab[0].plus(ab[1]).minus(ab[1])).isEqualTo(ab[0]));
  }
}
