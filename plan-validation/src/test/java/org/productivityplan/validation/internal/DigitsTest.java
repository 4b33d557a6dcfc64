package org.productivityplan.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A JSON Pointer's array index, as the engine reads one: where a finding's element is
 * ({@code ElementIds}) and what {@code @ConformsTo} makes an element of a property path.
 */
class DigitsTest {

  private static boolean isIndex(String token) {
    return Digits.index(token, 0, token.length()) >= 0;
  }

  @Test
  void anIndexIsAsciiDigitsWithoutALeadingZero() {
    assertThat(isIndex("0")).isTrue();
    assertThat(isIndex("3")).isTrue();
    assertThat(isIndex("120")).isTrue();
    assertThat(isIndex("999999999")).isTrue();
  }

  /**
   * The defect: any Unicode digit counted, so a property named with Arabic-Indic or full-width digits
   * was taken for an element (and {@code Integer.valueOf} read it as one).
   */
  @Test
  void digitsOfAnotherScriptAreAPropertyName() {
    assertThat(isIndex("\u0663")).isFalse();
    assertThat(isIndex("\uFF13")).isFalse();
    assertThat(isIndex("1\u0662")).isFalse();
  }

  @Test
  void anIndexIsReadAsItsValue() {
    assertThat(Digits.index("/projects/120/name", 10, 13)).isEqualTo(120);
    assertThat(Digits.index("0", 0, 1)).isZero();
  }

  @Test
  void aLeadingZeroAnEmptyTokenAndAnIndexBeyondAnIntAreNotIndexes() {
    assertThat(isIndex("03")).isFalse();
    assertThat(isIndex("")).isFalse();
    assertThat(isIndex("1234567890")).isFalse();
    assertThat(isIndex("-1")).isFalse();
  }
}
