package org.productivityplan.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.productivityplan.model.Finding;

/** A reading problem's message is in the SDK's words, never the JSON library's internals. */
class ReadMessagesTest {

  private static final String HEAD = "{\"schemaVersion\":\"1.0\",\"council\":{\"name\":\"C\"},\"title\":\"T\"";

  @ParameterizedTest
  @ValueSource(
      strings = {
        HEAD + ",\"x\":1",
        HEAD + ",\"x\":[1,2",
        HEAD + ",\"x\":{\"a\":[",
        HEAD + ",\"x\":\"\\u00",
        HEAD + ",\"x\":tru}",
        HEAD + ",\"x\":1}}"
      })
  void malformedJsonIsDescribedWithoutJacksonInternals(String json) {
    ReadResult<?> read = PlanJson.standard().read(json);

    assertThat(read.problems()).isNotEmpty();
    for (Finding problem : read.problems()) {
      assertThat(problem.message())
          .doesNotContain("[Source", "REDACTED", "StreamReadFeature", "JsonToken", "com.fasterxml");
      assertThat(problem.arguments())
          .allSatisfy(a -> assertThat(a).doesNotContain("[Source", "REDACTED"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {HEAD + ",\"x\":1", HEAD + ",\"x\":[1,2"})
  void anUnclosedValueSaysWhereItWasOpened(String json) {
    assertThat(PlanJson.standard().read(json).problems().get(0).message())
        .contains("opened at line 1, column ");
  }
}
