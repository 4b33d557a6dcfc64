package org.productivityplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlanCorpusTest {

  private static final ObjectNode SEFTON = PlanCorpus.tree(PlanCorpus.SEFTON);
  private static final int PROJECTS = SEFTON.get("projects").size();
  private static final int SPEND = SEFTON.get("specifiedSpend").size();

  @Test
  void theCanonicalPrinterReproducesTheFixtureByteForByte() {
    // So that the scaled plans are laid out exactly as the SDK writes its canonical JSON.
    String fixture = new String(PlanCorpus.resource(PlanCorpus.SEFTON), StandardCharsets.UTF_8);
    assertThat(PlanCorpus.canonical(SEFTON)).isEqualTo(fixture);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10})
  void aScaledPlanHasScaleTimesTheProjectsKpisAndSpendLines(int scale) throws Exception {
    JsonNode plan = PlanCorpus.MAPPER.readTree(PlanCorpus.scaledSefton(scale));

    assertThat(PROJECTS).isEqualTo(40);
    assertThat(plan.get("projects")).hasSize(PROJECTS * scale);
    assertThat(plan.get("specifiedSpend")).hasSize(SPEND * scale);
    assertThat(plan.get("kpis")).hasSize(PlanCorpus.KPIS_PER_COPY * scale);
    // Everything else is Sefton's, once.
    assertThat(plan.get("barriers")).isEqualTo(SEFTON.get("barriers"));
    assertThat(plan.get("council")).isEqualTo(SEFTON.get("council"));
  }

  @Test
  void kpisComeInTheModelsPropertyOrder() throws Exception {
    JsonNode plan = PlanCorpus.MAPPER.readTree(PlanCorpus.scaledSefton(2));
    List<String> names = new ArrayList<>();
    plan.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsSubsequence("barriers", "kpis", "monitoringArrangements");
    assertThat(names.get(0)).isEqualTo("schemaVersion");
  }

  @Test
  void idsAreUniqueAndEveryReferenceResolves() throws Exception {
    JsonNode plan = PlanCorpus.MAPPER.readTree(PlanCorpus.scaledSefton(10));
    Set<String> projectIds = new HashSet<>();
    List<String> all = new ArrayList<>();
    for (JsonNode p : plan.get("projects")) {
      projectIds.add(p.get("id").asText());
      all.add(p.get("id").asText());
      for (JsonNode m : p.path("milestones")) {
        all.add(m.get("id").asText());
      }
    }
    plan.get("kpis").forEach(k -> all.add(k.get("id").asText()));
    plan.get("specifiedSpend").forEach(s -> all.add(s.get("id").asText()));
    plan.get("barriers").forEach(b -> all.add(b.get("id").asText()));

    assertThat(all).doesNotHaveDuplicates();
    for (JsonNode p : plan.get("projects")) {
      if (p.has("parentId")) {
        assertThat(projectIds).contains(p.get("parentId").asText());
      }
    }
    for (JsonNode k : plan.get("kpis")) {
      assertThat(k.get("projectIds")).hasSize(PlanCorpus.PROJECTS_PER_KPI);
      k.get("projectIds").forEach(id -> assertThat(projectIds).contains(id.asText()));
    }
  }

  @Test
  void theDataIsTheSameEveryTime() {
    assertThat(PlanCorpus.scaledSefton(3)).isEqualTo(PlanCorpus.scaledSefton(3));
  }

  @Test
  void aScaleBelowOneIsRefusedWithTheValue() {
    assertThatThrownBy(() -> PlanCorpus.scaledSefton(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1")
        .hasMessageContaining("0");
  }
}
