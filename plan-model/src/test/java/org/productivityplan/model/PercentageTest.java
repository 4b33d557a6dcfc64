package org.productivityplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  @Property
  void parseReadsBackWhatToStringWrites(
      @ForAll @Scale(6) @BigRange(min = "-1000", max = "1000") BigDecimal percent) {
    Percentage p = Percentage.of(percent);
    assertThat(Percentage.parse(p.toString())).isEqualTo(p).hasSameHashCodeAs(p);
  }
}
