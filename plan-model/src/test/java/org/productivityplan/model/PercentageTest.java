package org.productivityplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.productivityplan.testing.PropertyChecks;

class PercentageTest {

  @Test
  void parsesWithOrWithoutTheSign() {
    assertThat(Percentage.parse("0.03%")).isEqualTo(Percentage.of(new BigDecimal("0.03")));
    assertThat(Percentage.parse("0.1")).isEqualTo(Percentage.parse("0.10 %"));
    assertThat(Percentage.parse("0.03%").toString()).isEqualTo("0.03%");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "%", "three", "1e2", "5%%"})
  void refusesWhatIsNotANumberOfPerCent(String text) {
    assertThatThrownBy(() -> Percentage.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void holdsOutOfRangeValuesButSaysSo() {
    assertThat(Percentage.of(150).isInRange()).isFalse();
    assertThat(Percentage.of(-1).isInRange()).isFalse();
    assertThat(Percentage.of(0).isInRange()).isTrue();
    assertThat(Percentage.of(100).isInRange()).isTrue();
  }

  @Test
  void convertsToAndFromFractions() {
    assertThat(Percentage.of(25).toFraction()).isEqualByComparingTo("0.25");
    assertThat(Percentage.fromFraction(new BigDecimal("0.0003"))).isEqualTo(Percentage.parse("0.03"));
    assertThat(Percentage.of(1).compareTo(Percentage.of(2))).isNegative();
    assertThatThrownBy(() -> Percentage.of((BigDecimal) null)).hasMessage("percent");
  }

  @Test
  void parseReadsBackWhatToStringWrites() {
    PropertyChecks.forAll(
        random -> Percentage.of(MoneyTest.decimal(random, 1000, 6)),
        p -> assertThat(Percentage.parse(p.toString())).isEqualTo(p).hasSameHashCodeAs(p));
  }
}
