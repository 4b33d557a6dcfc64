package org.productivityplan.analysis.internal.panel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How asks in different words are brought together. */
class WordingTest {

  @Test
  void theSameAskInOtherWordsHasOneKey() {
    assertThat(Wording.key("Multi-year funding settlements for local government."))
        .isEqualTo("fund local multi settlement year")
        .isEqualTo(Wording.key("Local government: funding settlement, multi year"))
        .isEqualTo(Wording.key("MULTI YEAR FUNDED SETTLEMENTS to local"));
  }

  @Test
  void anotherWordMakesAnotherAsk() {
    assertThat(Wording.key("Multi-year funding settlements"))
        .isNotEqualTo(Wording.key("Single-year funding settlements"));
  }

  @Test
  void accentsCaseAndPunctuationDoNotCount() {
    assertThat(Wording.key("Régénération — FUNDS!")).isEqualTo(Wording.key("regeneration fund"));
  }

  @Test
  void stopWordsAloneMakeNoKey() {
    assertThat(Wording.key("The government should, of all...")).isEmpty();
  }

  @Test
  void stemsCommonEndings() {
    assertThat(Wording.stem("authorities")).isEqualTo("authority");
    assertThat(Wording.stem("settled")).isEqualTo(Wording.stem("settle")).isEqualTo(Wording.stem("settles"));
    assertThat(Wording.stem("funding")).isEqualTo("fund");
    assertThat(Wording.stem("taxes")).isEqualTo("tax");
    assertThat(Wording.stem("churches")).isEqualTo("church");
    assertThat(Wording.stem("business")).isEqualTo("business");
    assertThat(Wording.stem("bus")).isEqualTo("bus");
  }
}
