package org.productivityplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.productivityplan.analysis.PanelSummary.Coverage;
import org.productivityplan.examples.PlanArbitraries;
import org.productivityplan.model.Money;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.testing.PropertyChecks;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.ValidationReport;

/** The summary of generated corpora agrees with validating each plan alone. */
class PanelSummaryPropertyTest {

  private static final PlanValidator VALIDATOR =
      PlanValidator.builder().maxFindings(Integer.MAX_VALUE).build();

  /** A corpus of one to eight generated plans, each with its report. */
  record Corpus(List<ProductivityPlan> plans, List<ValidationReport> reports) {
    static Corpus generate(Random r) {
      List<ProductivityPlan> plans = new ArrayList<>();
      List<ValidationReport> reports = new ArrayList<>();
      int size = 1 + r.nextInt(8);
      for (int i = 0; i < size; i++) {
        ProductivityPlan plan = PlanArbitraries.plan(r);
        plans.add(plan);
        reports.add(VALIDATOR.validate(plan, List.of(), "plan-" + i));
      }
      return new Corpus(plans, reports);
    }

    PanelSummary summary() {
      PanelSummary.Builder builder = PanelSummary.builder(VALIDATOR.rules());
      for (int i = 0; i < plans.size(); i++) {
        builder.add(plans.get(i), reports.get(i));
      }
      return builder.build();
    }

    @Override
    public String toString() {
      return plans.size() + " plans: " + plans;
    }
  }

  @Test
  void perRuleCountsEqualTheSumOfSinglePlanReports() {
    PropertyChecks.forAll(
        Corpus::generate,
        corpus -> {
          PanelSummary summary = corpus.summary();
          assertThat(summary.rules()).hasSameSizeAs(VALIDATOR.rules());
          for (Coverage rule : summary.rules()) {
            long failing =
                corpus.reports().stream()
                    .filter(r -> r.findings().stream().anyMatch(f -> f.ruleId().equals(rule.id())))
                    .count();
            assertThat(rule.plans()).as(rule.id()).isEqualTo(corpus.plans().size());
            assertThat(rule.plans() - rule.meeting()).as(rule.id()).isEqualTo((int) failing);
            assertThat(rule.notMeeting()).as(rule.id()).hasSize((int) failing);
            assertThat(rule.byType().stream().mapToInt(PanelSummary.TypeCount::meeting).sum())
                .as(rule.id())
                .isEqualTo(rule.meeting());
          }
          for (Coverage theme : summary.themes()) {
            long failing =
                corpus.reports().stream().filter(r -> r.countsByTheme().containsKey(theme.theme())).count();
            assertThat(theme.plans() - theme.meeting()).as(theme.id()).isEqualTo((int) failing);
          }
        });
  }

  @Test
  void aCorpusSumsTheSummariesOfItsPlans() {
    PropertyChecks.forAll(
        Corpus::generate,
        corpus -> {
          PanelSummary all = corpus.summary();
          int[] meeting = new int[all.rules().size()];
          int withoutKpis = 0;
          for (int i = 0; i < corpus.plans().size(); i++) {
            PanelSummary one =
                new Corpus(List.of(corpus.plans().get(i)), List.of(corpus.reports().get(i))).summary();
            for (int r = 0; r < meeting.length; r++) {
              meeting[r] += one.rules().get(r).meeting();
            }
            withoutKpis += one.plansWithoutKpis().size();
          }
          for (int r = 0; r < meeting.length; r++) {
            assertThat(all.rules().get(r).meeting()).isEqualTo(meeting[r]);
          }
          assertThat(all.plansWithoutKpis()).hasSize(withoutKpis);
          Money stated =
              corpus.plans().stream()
                  .flatMap(p -> p.specifiedSpend().stream())
                  .filter(s -> s.amount().isPresent() && s.financialYear().isPresent())
                  .map(s -> s.amount().get())
                  .reduce(Money.zero(), Money::plus);
          Money totalled =
              all.spendTotals().stream().map(PanelSummary.SpendTotal::total).reduce(Money.zero(), Money::plus);
          assertThat(totalled).isEqualTo(stated);
          assertThat(all.plans()).extracting(PanelSummary.PlanEntry::council)
              .isSortedAccordingTo(
                  java.util.Comparator.comparing((String c) -> c.toLowerCase(java.util.Locale.ROOT))
                      .thenComparing(c -> c));
        });
  }
}
