package org.productivityplan.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule that tells a productivity-plan document from a council-plan document. */
class DocumentKindTest {

  private static final String HEAD =
      "{\"schemaVersion\": \"1.0\", \"council\": {\"name\": \"C\"}, \"title\": \"T\"";

  private static DocumentKind kind(String json) {
    DocumentKind fromText = DocumentKind.of(json);
    assertThat(DocumentKind.of(json.getBytes(StandardCharsets.UTF_8)))
        .as("bytes and text agree")
        .isEqualTo(fromText);
    return fromText;
  }

  @Test
  void aDocumentStatingOnlySharedPropertiesIsAProductivityPlan() {
    assertThat(kind(HEAD + "}")).isEqualTo(DocumentKind.PRODUCTIVITY_PLAN);
    assertThat(kind(HEAD + ", \"introduction\": \"x\", \"source\": \"y\"}"))
        .isEqualTo(DocumentKind.PRODUCTIVITY_PLAN);
  }

  @Test
  void aCouncilPlanPropertyStatedMakesACouncilPlan() {
    assertThat(kind(HEAD + ", \"vision\": [\"A\"]}")).isEqualTo(DocumentKind.COUNCIL_PLAN);
    assertThat(kind(HEAD + ", \"period\": {\"start\": \"2021\"}}"))
        .isEqualTo(DocumentKind.COUNCIL_PLAN);
    assertThat(kind("{\"title\": \"Business plan\", \"outcomes\": [{\"id\": \"o\", \"title\": \"O\"}]}"))
        .isEqualTo(DocumentKind.COUNCIL_PLAN);
  }

  /** The defect of issue 17: empty council-plan lists made fmt drop them from a productivity plan. */
  @Test
  void emptyOrNullCouncilPlanPropertiesAreNotStated() {
    assertThat(kind(HEAD + ", \"vision\": [], \"principles\": [], \"relatedStrategies\": []}"))
        .isEqualTo(DocumentKind.PRODUCTIVITY_PLAN);
    assertThat(kind(HEAD + ", \"period\": {}, \"keyFigures\": null}"))
        .isEqualTo(DocumentKind.PRODUCTIVITY_PLAN);
  }

  @Test
  void aProductivityPlanPropertyStatedWins() {
    assertThat(kind(HEAD + ", \"vision\": [\"A\"], \"projects\": [{\"id\": \"p\"}]}"))
        .isEqualTo(DocumentKind.PRODUCTIVITY_PLAN);
    assertThat(kind(HEAD + ", \"planDate\": \"2024-07-10\", \"outcomes\": [[[]]]}"))
        .isEqualTo(DocumentKind.PRODUCTIVITY_PLAN);
    // An empty productivity-plan property is not stated, so it does not decide.
    assertThat(kind(HEAD + ", \"vision\": [\"A\"], \"projects\": []}"))
        .isEqualTo(DocumentKind.COUNCIL_PLAN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "[]",
        "\"vision\"",
        "{\"vision\": [\"A\"]",
        "{\"vision\": [\"A\"], ",
        "{\"vision\": [[[[[",
        "{\"vision\" 1}",
        "null"
      })
  void whatIsNotAWellFormedObjectIsAProductivityPlan(String json) {
    assertThat(kind(json)).isEqualTo(DocumentKind.PRODUCTIVITY_PLAN);
  }

  @Test
  void aDeepValueIsSkippedWithoutRecursion() {
    String deep = "[".repeat(900) + "]".repeat(900);
    assertThat(kind(HEAD + ", \"vision\": " + deep + "}")).isEqualTo(DocumentKind.COUNCIL_PLAN);
  }

  /** The two lists are exactly what the two shipped schemas do not share at the root. */
  @Test
  void theListsAreWhatTheSchemasDoNotShare() throws IOException {
    Set<String> plan = names(PlanJson.schema(), "ProductivityPlan");
    Set<String> councilPlan = names(PlanJson.councilPlanSchema(), "CouncilPlan");
    Set<String> planOnly = new HashSet<>(plan);
    planOnly.removeAll(councilPlan);
    planOnly.remove("schemaVersion"); // a council-plan document has it too, at its root
    Set<String> councilPlanOnly = new HashSet<>(councilPlan);
    councilPlanOnly.removeAll(plan);

    assertThat(DocumentKind.productivityPlanOnlyProperties()).isEqualTo(planOnly);
    assertThat(DocumentKind.councilPlanOnlyProperties()).isEqualTo(councilPlanOnly);
  }

  /** The names of the properties of {@code $defs/DEFINITION} in a schema. */
  private static Set<String> names(String schema, String definition) throws IOException {
    Set<String> names = new HashSet<>();
    try (JsonParser parser = JsonFactory.builder().build().createParser(schema)) {
      String path = "";
      java.util.Deque<String> stack = new java.util.ArrayDeque<>();
      String field = "";
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          field = parser.currentName();
          if (path.equals("/$defs/" + definition + "/properties")) {
            names.add(field);
          }
        } else if (t.isStructStart()) {
          stack.push(path);
          path = stack.size() == 1 ? "" : path + "/" + field;
          field = "";
        } else if (t.isStructEnd()) {
          path = stack.pop();
        }
      }
    }
    return names;
  }
}
