package org.productivityplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonlGeneratorTest {

  private final JsonlGenerator generator = new JsonlGenerator();

  @Test
  void writesOnePlanPerLineAndNothingElse() throws Exception {
    StringWriter out = new StringWriter();
    generator.write(out, 200);
    String text = out.toString();

    assertThat(text).endsWith("\n");
    String[] lines = text.split("\n", -1);
    assertThat(lines).hasSize(201);
    assertThat(lines[200]).isEmpty();
    Set<String> titles = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      JsonNode plan = PlanCorpus.MAPPER.readTree(lines[i]);
      assertThat(plan.get("schemaVersion").asText()).isEqualTo("1.0");
      titles.add(plan.get("title").asText());
    }
    assertThat(titles).as("every plan has its own title").hasSize(200);
  }

  @Test
  void plansAreSmallVariedAndInternallyConsistent() throws Exception {
    Set<String> councils = new HashSet<>();
    Set<Integer> projectCounts = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      JsonNode plan = PlanCorpus.MAPPER.readTree(generator.line(i));
      councils.add(plan.get("council").get("name").asText());
      JsonNode projects = plan.get("projects");
      projectCounts.add(projects.size());
      assertThat(projects.size()).isBetween(3, 10);
      Set<String> ids = new HashSet<>();
      projects.forEach(p -> ids.add(p.get("id").asText()));
      assertThat(ids).hasSize(projects.size());
      for (JsonNode p : projects) {
        if (p.has("parentId")) {
          assertThat(ids).contains(p.get("parentId").asText());
        }
      }
      List<String> barrierIds = new ArrayList<>();
      plan.get("barriers").forEach(b -> barrierIds.add(b.get("id").asText()));
      assertThat(barrierIds).isNotEmpty().doesNotHaveDuplicates();
    }
    assertThat(councils)
        .containsExactlyInAnyOrder("Sefton Council", "Devon County Council", "Somerset Council");
    assertThat(projectCounts).hasSize(8);
  }

  @Test
  void textsAreShortenedAndOnlyEveryTenthPlanKeepsItsContext() throws Exception {
    long bytes = 0;
    for (int i = 0; i < 60; i++) {
      String line = generator.line(i);
      bytes += line.length();
      JsonNode plan = PlanCorpus.MAPPER.readTree(line);
      assertThat(plan.has("context"))
          .as("plan %d", i)
          .isEqualTo(i % JsonlGenerator.CONTEXT_EVERY == 0);
      List<String> texts = new ArrayList<>();
      collectTexts(plan, texts);
      assertThat(texts)
          .allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(JsonlGenerator.MAX_TEXT + 1));
      assertThat(texts).anySatisfy(t -> assertThat(t).endsWith("\u2026"));
    }
    assertThat(bytes / 60).as("average line length").isLessThan(10_000);
  }

  private static void collectTexts(JsonNode node, List<String> texts) {
    if (node.isTextual()) {
      texts.add(node.asText());
    }
    node.forEach(child -> collectTexts(child, texts));
  }

  @Test
  void someGssCodesAreMalformedOnPurpose() throws Exception {
    int bad = JsonlGenerator.BAD_GSS_EVERY - 1;
    assertThat(PlanCorpus.MAPPER.readTree(generator.line(bad)).at("/council/gssCode").asText())
        .startsWith("X");
    assertThat(PlanCorpus.MAPPER.readTree(generator.line(bad - 1)).at("/council/gssCode").asText())
        .startsWith("E");
  }

  @Test
  void theOutputDependsOnTheIndexAlone() {
    assertThat(new JsonlGenerator().line(12_345)).isEqualTo(generator.line(12_345));
    assertThat(generator.line(4)).isNotEqualTo(generator.line(7));
  }
}
