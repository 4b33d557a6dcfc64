package org.productivityplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.productivityplan.testing.PropertyChecks;

class SchemaVersionAndRawJsonTest {

  @Test
  void readsEveryMinorVersionOfItsMajor() {
    assertThat(SchemaVersion.parse("1.0")).isSameAs(SchemaVersion.CURRENT);
    assertThat(SchemaVersion.parse("1.7").isReadable()).isTrue();
    assertThat(SchemaVersion.parse("2.0").isReadable()).isFalse();
    assertThat(SchemaVersion.parse("0.9").isReadable()).isFalse();
    assertThat(SchemaVersion.parse("1.10").compareTo(SchemaVersion.parse("1.9"))).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1", "1.0.0", "v1.0", "01.0", "1.-1", "1234567.0"})
  void refusesOtherForms(String text) {
    assertThatThrownBy(() -> SchemaVersion.parse(text)).hasMessageContaining("'" + text + "'");
  }

  @Test
  void parseReadsBackWhatToStringWrites() {
    PropertyChecks.forAll(
        random -> SchemaVersion.of(random.nextInt(1_000_000), random.nextInt(1_000_000)),
        v -> assertThat(SchemaVersion.parse(v.toString())).isEqualTo(v).hasSameHashCodeAs(v));
  }

  @Test
  void rawJsonIsEqualByText() {
    assertThat(RawJson.of("[1,2]")).isEqualTo(RawJson.of("[1,2]")).isNotEqualTo(RawJson.of("[1, 2]"));
    assertThat(RawJson.of("true").json()).isEqualTo("true");
    assertThatThrownBy(() -> RawJson.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RawJson.of(null)).hasMessage("json");
  }
}
