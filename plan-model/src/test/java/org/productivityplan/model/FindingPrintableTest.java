package org.productivityplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Finding#printable}: what would break a line or mislead a reader is escaped. */
class FindingPrintableTest {

  @Test
  void plainTextIsTheSameString() {
    String text = "Somerset Council, «Plan» 2024 – £13.1m";
    assertThat(Finding.printable(text)).isSameAs(text);
  }

  @Test
  void controlCharactersAndLineSeparatorsAreEscaped() {
    assertThat(Finding.printable("a\nb\r\tc\u001b[2J\u007f\u0085\u2028\u2029"))
        .isEqualTo("a\\nb\\r\\tc\\u001b[2J\\u007f\\u0085\\u2028\\u2029");
  }

  /** A right-to-left override makes {@code evil.json\u202Enosj.txt} show as another name. */
  @Test
  void bidirectionalControlsAreEscaped() {
    assertThat(Finding.printable("plan\u202Egnp.json"))
        .isEqualTo("plan\\u202egnp.json");
    assertThat(Finding.printable("\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069"))
        .isEqualTo(
            "\\u061c\\u200e\\u200f\\u202a\\u202b\\u202c\\u202d\\u2066\\u2067\\u2068\\u2069");
  }
}
