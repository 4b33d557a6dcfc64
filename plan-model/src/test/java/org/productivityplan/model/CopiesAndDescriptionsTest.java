package org.productivityplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The model's {@code with} copies, and its bounded {@code toString()}. */
class CopiesAndDescriptionsTest {

  private static final String LONG = "A long description of what the council did. ".repeat(200);

  private static Council somerset() {
    return Council.builder().name("Somerset Council").gssCode("E06000066").build();
  }

  @Test
  void aWithCopyChangesOnePropertyAndLeavesTheOriginal() {
    Council council = somerset();

    Council renamed = council.withName("Somerset West");

    assertThat(renamed.name()).isEqualTo("Somerset West");
    assertThat(renamed.gssCode()).contains("E06000066");
    assertThat(council.name()).isEqualTo("Somerset Council");
    assertThat(council.withGssCode(Optional.empty()).gssCode()).isEmpty();
    assertThat(council.withGssCode("E06000066")).isEqualTo(council);
  }

  @Test
  void withCopiesReplaceListsAndDefaults() {
    TransformationProject project = TransformationProject.builder().id("p1").name("One").build();
    ProductivityPlan plan = ProductivityPlan.builder().council(somerset()).title("Plan").build();

    ProductivityPlan withProject = plan.withProjects(List.of(project));

    assertThat(withProject.projects()).containsExactly(project);
    assertThat(plan.projects()).isEmpty();
    assertThat(withProject.withProjects(List.of()).projects()).isEmpty();
    assertThat(plan.withStatus(PlanStatus.PUBLISHED).statusOrDraft()).isEqualTo(PlanStatus.PUBLISHED);
    assertThat(project.withStatus(ProjectStatus.COMPLETED).status()).contains(ProjectStatus.COMPLETED);
  }

  @Test
  void toStringShowsIdsValuesAndCountsButNoText() {
    ProductivityPlan.Builder builder = ProductivityPlan.builder()
        .council(somerset())
        .title("Productivity Plan")
        .planDate(PartialDate.parse("2024-07"))
        .introduction(LONG)
        .putNarrative(Theme.TRANSFORMING_SERVICES, LONG)
        .addSpecifiedSpend(SpecifiedSpend.builder()
            .id("agency-staff")
            .category(SpendCategory.AGENCY_STAFF)
            .amount(Money.ofPounds(13_100_000))
            .narrative(LONG)
            .build());
    for (int i = 0; i < 200; i++) {
      builder.addProject(TransformationProject.builder().id("p" + i).name("Project " + i)
          .description(LONG).build());
    }
    ProductivityPlan plan = builder.build();

    String text = plan.toString();

    assertThat(text)
        .startsWith("ProductivityPlan{schemaVersion=1.0, council=Council{name=Somerset Council,"
            + " gssCode=E06000066}, title=Productivity Plan, planDate=2024-07,")
        .contains("narratives.size=1", "projects.size=200", "specifiedSpend.size=1")
        .doesNotContain("long description")
        .hasSizeLessThan(300);
    assertThat(plan.specifiedSpend().get(0))
        .hasToString("SpecifiedSpend{id=agency-staff, category=AGENCY_STAFF, amount=GBP 13100000}");
    assertThat(plan.projects().get(7)).hasToString("TransformationProject{id=p7, name=Project 7}");
  }

  @Test
  void toStringShortensALongTitleAndCountsUnknownProperties() {
    ProductivityPlan plan = ProductivityPlan.builder().council(somerset()).title(LONG)
        .putUnknownProperty("x-note", RawJson.of("\"" + "n".repeat(5_000) + "\"")).build();

    assertThat(plan.toString())
        .contains("title=" + LONG.substring(0, 57) + "...,")
        .endsWith(", unknownProperties.size=1}")
        .hasSizeLessThan(200);
  }
}
