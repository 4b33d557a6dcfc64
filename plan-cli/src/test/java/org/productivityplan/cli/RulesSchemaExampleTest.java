package org.productivityplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.productivityplan.io.PlanJson;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.RuleInfo;

/** {@code plan rules}, {@code plan schema} and {@code plan example}. */
class RulesSchemaExampleTest {

  @Test
  void rulesAsJsonListTheProfilesCatalogue() {
    Cli.Result result = Cli.run("rules", "--format", "json");

    assertThat(result.exitCode()).isZero();
    JsonNode rules = result.json().get("rules");
    assertThat(rules).hasSize(PlanValidator.standard().rules().size());
    int i = 0;
    for (RuleInfo info : PlanValidator.standard().rules()) {
      JsonNode rule = rules.get(i++);
      assertThat(rule.get("id").asText()).isEqualTo(info.id());
      assertThat(rule.get("name").asText()).isEqualTo(info.name());
      assertThat(rule.get("severity").asText()).isEqualTo(info.defaultSeverity().code());
      assertThat(rule.get("category").asText()).isNotBlank();
      assertThat(rule.get("guidance").asText()).isEqualTo(info.guidance());
    }
  }

  @Test
  void rulesAsTextHaveALinePerRule() {
    Cli.Result result = Cli.run("rules");

    assertThat(result.exitCode()).isZero();
    for (RuleInfo info : PlanValidator.standard().rules()) {
      assertThat(result.out()).contains(info.id()).contains(info.name());
    }
  }

  @Test
  void schemaIsTheFormatsJsonSchema() {
    Cli.Result result = Cli.run("schema");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(PlanJson.schema());
    assertThat(result.json().get("$schema").asText()).contains("json-schema.org");
  }

  @Test
  void councilPlanSchemaIsTheOtherOne() {
    Cli.Result result = Cli.run("schema", "--council-plan");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(PlanJson.councilPlanSchema()).isNotEqualTo(PlanJson.schema());
  }

  @Test
  void exampleListsEveryBundledDocument() {
    Cli.Result result = Cli.run("example");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out().lines())
        .hasSize(org.productivityplan.examples.ExamplePlans.names().size())
        .anySatisfy(l -> assertThat(l).startsWith("complete ").contains("synthetic plan"))
        .anySatisfy(l -> assertThat(l).startsWith("somerset-2024 ").contains("productivity plan", "Somerset Council"))
        .anySatisfy(l -> assertThat(l).startsWith("devon-2024 ").contains("productivity plan"))
        .anySatisfy(l -> assertThat(l).startsWith("sefton-2024 ").contains("productivity plan"))
        .anySatisfy(
            l -> assertThat(l).startsWith("somerset-business-plan-2021 ").contains("council plan"))
        .noneSatisfy(l -> assertThat(l).contains("cannot be read"));
  }

  @Test
  void examplePrintsTheDocumentExactly() {
    for (String name : new String[] {"somerset-2024", "somerset-business-plan-2021"}) {
      Cli.Result result = Cli.run("example", name);

      assertThat(result.exitCode()).isZero();
      assertThat(result.out()).isEqualTo(Plans.fixture(name));
    }
  }

  @Test
  void exampleAcceptsTheFileName() {
    assertThat(Cli.run("example", "devon-2024.json").out()).isEqualTo(Plans.fixture("devon-2024"));
  }

  @Test
  void aPrintedExampleValidatesLikeTheBundledOne() {
    String plan = Cli.run("example", "sefton-2024").out();

    Cli.Result fromStdin = Cli.runWithInput(plan, "validate", "--format", "json", "-");
    Cli.Result bundled = Cli.run("validate", "--format", "json");

    JsonNode mine = fromStdin.json().get("reports").get(0);
    JsonNode theirs = null;
    for (JsonNode report : bundled.json().get("reports")) {
      if (report.get("source").asText().equals("example:sefton-2024")) {
        theirs = report;
      }
    }
    assertThat(theirs).isNotNull();
    assertThat(mine.get("findings")).isEqualTo(theirs.get("findings"));
  }
}
