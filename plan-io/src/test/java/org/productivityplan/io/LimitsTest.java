package org.productivityplan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;

/** Each read limit, when exceeded, refuses the document at once with one clear problem. */
class LimitsTest {

  private static final String HEAD = "{\"schemaVersion\": \"1.0\", \"council\": {\"name\": \"C\"}, \"title\": \"T\", ";

  private static Finding onlyProblem(ReadResult<ProductivityPlan> result) {
    assertThat(result.value()).isEmpty();
    assertThat(result.problems()).hasSize(1);
    Finding f = result.problems().get(0);
    assertThat(f.ruleId()).isEqualTo("IO006");
    return f;
  }

  @Test
  void defaultsAreSafeAndGenerous() {
    ReadLimits d = ReadLimits.defaults();

    assertThat(d.maxDocumentSize()).isEqualTo(16L * 1024 * 1024);
    assertThat(d.maxNestingDepth()).isEqualTo(64);
    assertThat(d.maxStringLength()).isEqualTo(1_000_000);
    assertThat(d.maxNumberLength()).isEqualTo(100);
    assertThat(d.maxArrayLength()).isEqualTo(100_000);
    assertThat(PlanJson.standard().limits()).isEqualTo(d);
  }

  @Test
  void limitsMustBePositiveAndDepthBounded() {
    assertThatThrownBy(() -> ReadLimits.builder().maxArrayLength(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxArrayLength");
    assertThatThrownBy(() -> ReadLimits.builder().maxNestingDepth(5000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000");
  }

  @Test
  void documentSizeIsCheckedForEveryKindOfInput(@TempDir Path dir) throws IOException {
    PlanJson json = PlanJson.builder().limits(ReadLimits.builder().maxDocumentSize(150).build()).build();
    String doc = HEAD + "\"introduction\": \"" + "x".repeat(150) + "\"}";
    Path file = dir.resolve("big.json");
    Files.writeString(file, doc);

    for (ReadResult<ProductivityPlan> r : List.of(
        json.read(doc),
        json.read(new StringReader(doc), "r"),
        json.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "s"),
        json.read(file))) {
      Finding f = onlyProblem(r);
      assertThat(f.arguments()).containsExactly("maxDocumentSize", "150");
      assertThat(f.message()).contains("ReadLimits.maxDocumentSize").contains("150");
    }
    assertThat(json.read(Samples.text("minimal.json")).value()).isPresent();
  }

  @Test
  void nestingDepth() {
    PlanJson json = PlanJson.builder().limits(ReadLimits.builder().maxNestingDepth(5).build()).build();

    Finding f = onlyProblem(json.read(HEAD + "\"x\": [[[[[1]]]]]}"));

    assertThat(f.arguments()).containsExactly("maxNestingDepth", "5");
    assertThat(f.line()).contains(1);
    assertThat(json.read(HEAD + "\"x\": [[[1]]]}").value()).isPresent();
  }

  @Test
  void stringLength() {
    PlanJson json = PlanJson.builder().limits(ReadLimits.builder().maxStringLength(50).build()).build();

    Finding f = onlyProblem(json.read(HEAD + "\"introduction\": \"" + "y".repeat(51) + "\"}"));

    assertThat(f.arguments()).containsExactly("maxStringLength", "50");
    assertThat(f.message()).contains("string");
    assertThat(json.read(HEAD + "\"introduction\": \"" + "y".repeat(50) + "\"}").value()).isPresent();
  }

  @Test
  void propertyNameLength() {
    PlanJson json = PlanJson.builder().limits(ReadLimits.builder().maxStringLength(50).build()).build();

    Finding f = onlyProblem(json.read(HEAD + "\"" + "k".repeat(51) + "\": 1}"));

    assertThat(f.arguments()).containsExactly("maxStringLength", "50");
    assertThat(f.message()).contains("property name");
  }

  @Test
  void numberLength() {
    PlanJson json = PlanJson.builder().limits(ReadLimits.builder().maxNumberLength(10).build()).build();

    Finding f = onlyProblem(json.read(HEAD + "\"documentControl\": {\"pageCount\": 123456789012}}"));

    assertThat(f.arguments()).containsExactly("maxNumberLength", "10");
    assertThat(json.read(HEAD + "\"documentControl\": {\"pageCount\": 1234567890}}").problems()).isEmpty();
  }

  @Test
  void arrayLength() {
    PlanJson json = PlanJson.builder().limits(ReadLimits.builder().maxArrayLength(3).build()).build();

    Finding f = onlyProblem(json.read(HEAD + "\"x\": [1, 2, 3, 4]}"));

    assertThat(f.arguments()).containsExactly("maxArrayLength", "3");
    assertThat(f.pointer()).isEqualTo("/x/3");
    assertThat(f.column()).contains(HEAD.length() + 16);
  }

  @Test
  void aModeratelyLargePlanReadsWithinTheDefaults() {
    StringBuilder doc = new StringBuilder(HEAD).append("\"projects\": [");
    for (int i = 0; i < 5000; i++) {
      doc.append(i == 0 ? "" : ",").append("{\"id\": \"P").append(i).append("\", \"name\": \"Project ")
          .append(i).append("\", \"themes\": [\"transformingServices\"]}");
    }
    doc.append("]}");

    ReadResult<ProductivityPlan> result = PlanJson.standard().read(doc.toString());

    assertThat(result.problems()).isEmpty();
    assertThat(result.value().orElseThrow().projects()).hasSize(5000);
  }
}
