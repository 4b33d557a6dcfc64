package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.DateRange;
import org.productivityplan.model.Endorsement;
import org.productivityplan.model.PlanStatus;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.ProjectStatus;
import org.productivityplan.model.Theme;
import org.productivityplan.model.TransformationProject;
import org.productivityplan.validation.Rule;

/**
 * Runs every rule over every combination of ten edits of the complete plan (1,024 plans): no rule
 * may throw, every pointer must name something in the plan (checked by {@link RuleTester}), a rule
 * must give the same findings twice, and the edits must be found by the rules they break.
 */
class AllRulesOnEditedPlansTest {

  private static final List<UnaryOperator<ProductivityPlan.Builder>> EDITS =
      List.of(
          b -> b.context(Optional.empty()),
          b -> b.councilPlan(Optional.empty()),
          b -> b.narratives(Map.of()),
          b -> b.specifiedSpend(List.of()),
          b -> b.barriers(List.of()),
          b -> b.kpis(List.of()),
          b -> b.status(Optional.empty()),
          b -> b.endorsement(Endorsement.builder().date(LocalDate.of(2025, 1, 1)).build()),
          b ->
              b.addProject(
                  TransformationProject.builder()
                      .from(Plans.project("P1", ProjectStatus.PLANNED, Theme.TECHNOLOGY_AND_DATA))
                      .period(DateRange.parse("2026/2025"))
                      .parentId("P3")
                      .addKpiId("K1")
                      .build()),
          b -> b.status(PlanStatus.SUBMITTED).progressUpdates(List.of()).title(" "));

  private static final List<Rule> RULES = Dluhc2024Rules.all(Plans.TODAY);

  @Test
  void everyCombinationOfEditsIsCheckedSafelyAndDeterministically() {
    int findings = 0;
    for (int mask = 0; mask < 1 << EDITS.size(); mask++) {
      ProductivityPlan.Builder builder = ProductivityPlan.builder().from(Plans.complete());
      for (int e = 0; e < EDITS.size(); e++) {
        if ((mask & 1 << e) != 0) {
          builder = EDITS.get(e).apply(builder);
        }
      }
      ProductivityPlan plan = builder.build();
      for (Rule rule : RULES) {
        List<String> first = RuleTester.check(rule, plan);
        assertThat(RuleTester.check(rule, plan)).as(rule.info().id()).isEqualTo(first);
        findings += first.size();
      }
    }
    assertThat(findings).isGreaterThan(1 << EDITS.size());
  }

  @Test
  void eachEditIsFoundByTheRulesItBreaks() {
    List<String> found = new ArrayList<>();
    ProductivityPlan plan =
        EDITS
            .get(8)
            .apply(EDITS.get(9).apply(ProductivityPlan.builder().from(Plans.complete())))
            .build();
    for (Rule rule : RULES) {
      if (!RuleTester.check(rule, plan).isEmpty()) {
        found.add(rule.info().id());
      }
    }
    // Duplicate id P1, unknown parent P3, reversed period, blank title, submitted without
    // progress update (not published, so PP154 stays quiet); the new project has no milestone,
    // no benefit and traces to no outcome.
    assertThat(found)
        .containsExactly("PP002", "PP003", "PP004", "PP007", "PP112", "PP113", "PP171");
  }
}
