package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.productivityplan.model.Severity;

class ValidationConfigTest {

  private static final String EXAMPLE =
      "{\n"
          + "  \"rules\": {\n"
          + "    \"PP164\": {\"severity\": \"info\"},\n"
          + "    \"PP150\": {\"enabled\": false}\n"
          + "  },\n"
          + "  \"suppressions\": [\n"
          + "    {\"rule\": \"PP130\", \"pointer\": \"\", \"justification\": \"In the accounts\"}\n"
          + "  ]\n"
          + "}\n";

  private static InvalidConfigurationException failure(String json) {
    try {
      ValidationConfig.parse(json);
    } catch (InvalidConfigurationException e) {
      return e;
    }
    throw new AssertionError("expected the configuration to be rejected: " + json);
  }

  @Test
  void theDocumentedExampleReads() {
    ValidationConfig config = ValidationConfig.parse(EXAMPLE);

    assertThat(config.severity("PP164")).contains(Severity.INFO);
    assertThat(config.isEnabled("PP150")).isFalse();
    assertThat(config.isEnabled("PP164")).isTrue();
    assertThat(config.severity("PP150")).isEmpty();
    assertThat(config.suppressions())
        .containsExactly(ValidationConfig.Suppression.ofPointer("PP130", "", "In the accounts"));
    assertThat(config.ruleIds()).containsExactly("PP130", "PP150", "PP164");
    assertThat(config.isDefault()).isFalse();
  }

  @Test
  void parsedAndBuiltConfigurationsAreEqual() {
    ValidationConfig built =
        ValidationConfig.builder()
            .severity("PP164", Severity.INFO)
            .disable("PP150")
            .suppress("PP130", "", "In the accounts")
            .build();

    assertThat(ValidationConfig.parse(EXAMPLE)).isEqualTo(built).hasSameHashCodeAs(built);
  }

  @Test
  void aSuppressionMayBeLimitedToAFile() {
    ValidationConfig config =
        ValidationConfig.parse(
            "{\"suppressions\": [{\"rule\": \"PP130\", \"pointer\": \"\","
                + " \"justification\": \"x\", \"source\": \"somerset.json\"}]}");

    assertThat(config.suppressions().get(0).source()).contains("somerset.json");
    assertThat(config)
        .isEqualTo(ValidationConfig.builder().suppress("PP130", "", "x", "somerset.json").build());
    assertThat(
            failure(
                    "{\"suppressions\": [{\"rule\": \"PP130\", \"pointer\": \"\","
                        + " \"justification\": \"x\", \"source\": \"\"}]}")
                .pointer())
        .isEqualTo("/suppressions/0/source");
  }

  @Test
  void anEmptyObjectChangesNothing() {
    assertThat(ValidationConfig.parse("{}")).isEqualTo(ValidationConfig.defaults());
    assertThat(ValidationConfig.defaults().isDefault()).isTrue();
  }

  @Test
  void severitiesAreCaseInsensitive() {
    assertThat(
            ValidationConfig.parse("{\"rules\":{\"PP001\":{\"severity\":\"WARNING\"}}}")
                .severity("PP001"))
        .contains(Severity.WARNING);
  }

  @Test
  void anUnknownSeverityIsNamedWithItsPlace() {
    InvalidConfigurationException e =
        failure("{\n  \"rules\": {\n    \"PP164\": {\"severity\": \"fatal\"}\n  }\n}");

    assertThat(e.pointer()).isEqualTo("/rules/PP164/severity");
    assertThat(e.line()).contains(3);
    assertThat(e.column()).contains(27);
    assertThat(e.getMessage())
        .isEqualTo(
            "Invalid validation configuration at line 3, column 27 (/rules/PP164/severity):"
                + " expected \"error\", \"warning\" or \"info\" but found \"fatal\"");
  }

  @Test
  void aMisspeltPropertyIsAnError() {
    InvalidConfigurationException e = failure("{\"rule\": {}}");

    assertThat(e.pointer()).isEqualTo("/rule");
    assertThat(e.getMessage()).contains("unknown property 'rule'");
  }

  @Test
  void aMalformedRuleIdIsAnError() {
    assertThat(failure("{\"rules\": {\"pp164\": {}}}").getMessage())
        .contains("(/rules/pp164)", "expected a rule id", "\"pp164\"");
  }

  @Test
  void enabledMustBeABoolean() {
    assertThat(failure("{\"rules\": {\"PP150\": {\"enabled\": \"no\"}}}").getMessage())
        .contains("(/rules/PP150/enabled)", "expected true or false but found a string");
  }

  @Test
  void aSuppressionNeedsAJustification() {
    InvalidConfigurationException blank =
        failure(
            "{\"suppressions\": [{\"rule\": \"PP130\", \"pointer\": \"\", \"justification\": \""
                + " \"}]}");
    InvalidConfigurationException missing =
        failure("{\"suppressions\": [\n  {\"rule\": \"PP130\", \"pointer\": \"\"}\n]}");

    assertThat(blank.pointer()).isEqualTo("/suppressions/0/justification");
    assertThat(missing.pointer()).isEqualTo("/suppressions/0");
    assertThat(missing.line()).contains(2);
    assertThat(missing.getMessage()).contains("missing \"justification\"");
  }

  @Test
  void aSuppressionPointerMustBeAPointer() {
    assertThat(
            failure(
                    "{\"suppressions\": [{\"rule\": \"PP130\", \"pointer\": \"kpis/0\","
                        + " \"justification\": \"x\"}]}")
                .pointer())
        .isEqualTo("/suppressions/0/pointer");
  }

  @Test
  void malformedJsonIsReportedWithItsPlace() {
    InvalidConfigurationException e = failure("{\n  \"rules\": {,}\n}");

    assertThat(e.line()).contains(2);
    assertThat(e.getMessage()).contains("not well-formed JSON");
  }

  @Test
  void aDuplicateKeyIsAnError() {
    assertThat(failure("{\"rules\": {}, \"rules\": {}}").getMessage()).contains("Duplicate");
  }

  @Test
  void anEmptyDocumentIsAnError() {
    assertThat(failure("  ").getMessage()).contains("the document is empty");
  }

  @Test
  void aFileIsNamedInItsErrors(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("validation.json");
    Files.writeString(file, "{\"suppressions\": {}}", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ValidationConfig.load(file))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageStartingWith("Invalid validation configuration " + file + " at line 1")
        .hasMessageContaining("expected an array of suppressions but found an object");
  }

  @Test
  void aLoadedFileIsItsSource(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("validation.json");
    Files.writeString(file, EXAMPLE, StandardCharsets.UTF_8);

    ValidationConfig config = ValidationConfig.load(file);

    assertThat(config.source()).contains(file.toString());
    assertThat(config.isEnabled("PP150")).isFalse();
  }

  @Test
  void aMissingFileIsAClearError(@TempDir Path dir) {
    Path file = dir.resolve("absent.json");

    assertThatThrownBy(() -> ValidationConfig.load(file))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("cannot read the file: no such file")
        .hasMessageNotContaining("Exception");
  }

  /** Found by the configuration fuzz target: Jackson quoted a token's NUL characters as they were. */
  @Test
  void aMessageIsOneLineWhateverTheFileHolds() {
    assertThatThrownBy(() -> ValidationConfig.parse("{\"rules\": {\"PP150\": {\"enabled\": fa\u0000\u0000\n}}}"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("\\u0000")
        .hasMessageNotContaining("\u0000")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> ValidationConfig.parse("{\"a\\u001b[2J\": 1}"))
        .hasMessageContaining("a\\u001b[2J")
        .hasMessageNotContaining("\u001b");
  }

  /** Found by the configuration fuzz target: Jackson's redacted source in an unclosed object. */
  @Test
  void anUnclosedObjectIsDescribedInTheSdksWords() {
    assertThatThrownBy(() -> ValidationConfig.parse("{\"rules\": {"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("opened at line 1, column ")
        .hasMessageNotContaining("[Source")
        .hasMessageNotContaining("REDACTED");
  }

  @Test
  void bytesThatAreNotUtf8AreAClearError(@TempDir Path dir) throws java.io.IOException {
    Path file = java.nio.file.Files.write(dir.resolve("latin1.json"), new byte[] {'{', (byte) 0xff, '}'});

    assertThatThrownBy(() -> ValidationConfig.load(file))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("cannot read the file: the bytes are not valid UTF-8")
        .hasMessageNotContaining("Exception");
  }

  @Test
  void theBuilderChecksWhatItIsGiven() {
    ValidationConfig.Builder builder = ValidationConfig.builder();

    assertThatThrownBy(() -> builder.disable("pp1")).hasMessageContaining("'pp1'");
    assertThatThrownBy(() -> builder.suppress("PP130", "", "  "))
        .hasMessageContaining("needs a written justification");
    assertThatThrownBy(() -> builder.suppress("PP130", "kpis", "why"))
        .hasMessageContaining("'kpis'");
  }
}
