package org.productivityplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.productivityplan.io.PlanJson;

/**
 * {@link PlanArbitraries#plan(Random)} reaches every object type and every property of the format,
 * and generates unknown properties on every object type that can keep them. Checked by walking
 * written plans alongside the schema.
 */
class PlanArbitrariesCoverageTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int DRAWS = 200;

  private final Set<String> seenProperties = new TreeSet<>();
  private final Set<String> seenUnknowns = new TreeSet<>();
  private JsonNode defs = MAPPER.nullNode();

  @Test
  void plansReachEveryTypeAndProperty() throws IOException {
    defs = MAPPER.readTree(PlanJson.schema()).get("$defs");
    for (long seed = 0; seed < DRAWS; seed++) {
      String written = PlanJson.standard().write(PlanArbitraries.plan(new Random(seed)));
      visit(MAPPER.readTree(written), "ProductivityPlan");
    }

    Set<String> allProperties = new TreeSet<>();
    Set<String> extensible = new TreeSet<>();
    for (Map.Entry<String, JsonNode> def : defs.properties()) {
      JsonNode props = def.getValue().get("properties");
      if (props != null) {
        props.fieldNames().forEachRemaining(p -> allProperties.add(def.getKey() + "." + p));
        if (def.getValue().get("additionalProperties").asBoolean()) {
          extensible.add(def.getKey());
        }
      }
    }
    assertThat(extensible).hasSize(27);
    assertThat(seenProperties).containsAll(allProperties);
    assertThat(seenUnknowns).containsAll(extensible);
  }

  @Test
  void theSameSeedGivesTheSamePlan() {
    assertThat(PlanArbitraries.plan(new Random(7))).isEqualTo(PlanArbitraries.plan(new Random(7)));
    assertThat(PlanArbitraries.plan(new Random(7))).isNotEqualTo(PlanArbitraries.plan(new Random(8)));
  }

  private void visit(JsonNode node, String type) {
    JsonNode props = defs.get(type).get("properties");
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      JsonNode schema = props.get(member.getKey());
      if (schema == null) {
        seenUnknowns.add(type);
        continue;
      }
      seenProperties.add(type + "." + member.getKey());
      descend(schema, member.getValue());
    }
  }

  private void descend(JsonNode schema, JsonNode value) {
    if (schema.has("$ref")) {
      String name = schema.get("$ref").asText().substring("#/$defs/".length());
      if (defs.get(name).has("properties")) {
        visit(value, name);
      }
    } else if (schema.has("items")) {
      value.forEach(element -> descend(schema.get("items"), element));
    }
  }

}
