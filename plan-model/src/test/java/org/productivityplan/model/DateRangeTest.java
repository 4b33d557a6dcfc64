package org.productivityplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  private static final PartialDate AUG_2023 = PartialDate.parse("2023-08");
  private static final PartialDate AUG_2024 = PartialDate.parse("2024-08");

  @Test
  void holdsOpenAndClosedRanges() {
    assertThat(DateRange.of(AUG_2023, AUG_2024).toString()).isEqualTo("2023-08/2024-08");
    assertThat(DateRange.startingAt(AUG_2023).end()).isEmpty();
    assertThat(DateRange.endingAt(AUG_2024).start()).isEmpty();
    assertThat(DateRange.startingAt(AUG_2023).toString()).isEqualTo("2023-08/..");
    assertThat(DateRange.startingAt(AUG_2023).withEnd(AUG_2024)).isEqualTo(DateRange.of(AUG_2023, AUG_2024));
  }

  @Test
  void refusesARangeWithNeitherEnd() {
    assertThatThrownBy(() -> DateRange.of(Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start, an end, or both");
  }

  @Test
  void holdsAnIncoherentRangeButSaysSo() {
    assertThat(DateRange.of(AUG_2024, AUG_2023).isCoherent()).isFalse();
    assertThat(DateRange.of(AUG_2023, AUG_2024).isCoherent()).isTrue();
    assertThat(DateRange.of(PartialDate.parse("2024-08-31"), AUG_2024).isCoherent()).isTrue();
    assertThat(DateRange.startingAt(AUG_2024).isCoherent()).isTrue();
  }

  @Test
  void parsesWhatItPrints() {
    for (String text : new String[] {"2023-08/2024-08", "2023-08/..", "../2025-03-31", "2020/2024"}) {
      assertThat(DateRange.parse(text).toString()).isEqualTo(text);
    }
    assertThatThrownBy(() -> DateRange.parse("2023-08")).hasMessageContaining("'2023-08'");
    assertThatThrownBy(() -> DateRange.parse("../..")).hasMessageContaining("start, an end, or both");
    assertThat(DateRange.ofFinancialYears(FinancialYear.of(2020), FinancialYear.of(2023)).toString())
        .isEqualTo("2020-04-01/2024-03-31");
  }
}
