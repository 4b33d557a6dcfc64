package org.productivityplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.productivityplan.model.Finding;
import org.productivityplan.validation.InvalidConfigurationException;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.ValidationConfig;

/**
 * Coverage-guided fuzz target of the rule configuration reader ({@code --config}): any text gives a
 * configuration or one {@link InvalidConfigurationException} whose message is one printable line
 * in the SDK's words; never another exception. Corpus: {@code ConfigFuzzTestInputs/}.
 */
class ConfigFuzzTest {

  @FuzzTest(maxExecutions = 1_000_000, maxDuration = "20m")
  void configuration(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    ValidationConfig config;
    try {
      config = ValidationConfig.parse(text);
    } catch (InvalidConfigurationException e) {
      assertThat(e.getMessage()).isNotBlank();
      assertThat(Finding.printable(e.getMessage())).as("one printable line").isEqualTo(e.getMessage());
      for (String word : new String[] {"[Source", "REDACTED", "com.fasterxml"}) {
        if (!text.contains(word)) {
          assertThat(e.getMessage()).doesNotContain(word);
        }
      }
      return;
    }
    assertThat(config).isNotNull();
    try {
      PlanValidator.builder().configuration(config).build();
    } catch (IllegalArgumentException e) {
      // A rule the profile does not have: the command's exit 2, with this message.
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
    }
  }
}
