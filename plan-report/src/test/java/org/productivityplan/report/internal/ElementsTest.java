package org.productivityplan.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.productivityplan.examples.ExamplePlans;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.report.internal.Elements.Element;

class ElementsTest {

  private final ProductivityPlan plan = ExamplePlans.synthetic("complete");

  @Test
  void namesTheNearestElementWithAnId() {
    Element milestone = Elements.of(plan, "/projects/1/milestones/0/due");

    assertThat(milestone.id()).contains(plan.projects().get(1).milestones().get(0).id());
    assertThat(milestone.name())
        .startsWith("Milestone '")
        .contains("of project '" + plan.projects().get(1).name() + "'");
    assertThat(Elements.of(plan, "/specifiedSpend/0").id()).contains(plan.specifiedSpend().get(0).id());
    assertThat(Elements.of(plan, "/kpis/0/baseline").name()).isEqualTo("KPI '" + plan.kpis().get(0).name() + "'");
  }

  @Test
  void namesWholeSectionsAndThePlanInWords() {
    assertThat(Elements.of(plan, "")).isEqualTo(new Element(Optional.empty(), "The plan as a whole"));
    assertThat(Elements.of(plan, "/context").name()).isEqualTo("The council's context");
    assertThat(Elements.of(plan, "/narratives/reducingWastefulSpend").name())
        .isEqualTo("The plan's own words on theme 3");
    assertThat(Elements.of(plan, "/projects").name()).isEqualTo("The plan's transformation projects");
  }

  @Test
  void aPointerBeyondTheListOrNotAnIndexNamesTheList() {
    assertThat(Elements.of(plan, "/projects/99").id()).isEmpty();
    assertThat(Elements.of(plan, "/barriers/x").name()).isEqualTo("The plan's barriers");
  }

  @Test
  void controlAndBidiCharactersBecomeVisible() {
    assertThat(Text.visible("a\u202eb\u2066c\u0007d\ne")).isEqualTo("a\\u202eb\\u2066c\\u0007d\\ne");
    assertThat(Text.visible("plain £ text")).isEqualTo("plain £ text");
  }

  @Test
  void splitsAPointerIntoItsUnescapedTokens() {
    assertThat(Elements.segments("", 4)).isEmpty();
    assertThat(Elements.segments("/", 4)).containsExactly("");
    assertThat(Elements.segments("/projects/1/milestones/0", 4)).containsExactly("projects", "1", "milestones", "0");
    assertThat(Elements.segments("/projects/1/milestones/0/due", 4)).containsExactly("projects", "1", "milestones", "0");
    assertThat(Elements.segments("/a~1b/~0c~01//", 9)).containsExactly("a/b", "~c~1", "", "");
    assertThat(Elements.segments("/a/b/c", 2)).containsExactly("a", "b");
  }
}
