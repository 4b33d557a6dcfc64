package org.productivityplan.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How {@code @ConformsTo} turns a finding's JSON Pointer into a property path. */
class ConformsToValidatorTest {

  @Test
  void anIndexIsAsciiDigitsWithoutALeadingZero() {
    assertThat(ConformsToValidator.isIndex("0")).isTrue();
    assertThat(ConformsToValidator.isIndex("3")).isTrue();
    assertThat(ConformsToValidator.isIndex("120")).isTrue();
    assertThat(ConformsToValidator.isIndex("999999999")).isTrue();
  }

  /**
   * The defect: any Unicode digit counted, so a property named with Arabic-Indic or full-width digits
   * was taken for an element (and {@code Integer.valueOf} read it as one).
   */
  @Test
  void digitsOfAnotherScriptAreAPropertyName() {
    assertThat(ConformsToValidator.isIndex("\u0663")).isFalse();
    assertThat(ConformsToValidator.isIndex("\uFF13")).isFalse();
    assertThat(ConformsToValidator.isIndex("1\u0662")).isFalse();
  }

  @Test
  void aLeadingZeroAnEmptyTokenAndAnIndexBeyondAnIntAreNotIndexes() {
    assertThat(ConformsToValidator.isIndex("03")).isFalse();
    assertThat(ConformsToValidator.isIndex("")).isFalse();
    assertThat(ConformsToValidator.isIndex("1234567890")).isFalse();
    assertThat(ConformsToValidator.isIndex("-1")).isFalse();
  }
}
