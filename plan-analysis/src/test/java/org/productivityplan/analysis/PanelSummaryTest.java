package org.productivityplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.productivityplan.analysis.PanelSummary.Coverage;
import org.productivityplan.analysis.PanelSummary.PlanEntry;
import org.productivityplan.examples.Example;
import org.productivityplan.examples.ExamplePlans;
import org.productivityplan.model.Barrier;
import org.productivityplan.model.BarrierCategory;
import org.productivityplan.model.Council;
import org.productivityplan.model.CouncilType;
import org.productivityplan.model.FinancialYear;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.KpiSource;
import org.productivityplan.model.KpiSourceKind;
import org.productivityplan.model.Money;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.SpendCategory;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.PlanValidator;

/** The panel summary of plans given one at a time. */
class PanelSummaryTest {

  private static final PlanValidator VALIDATOR = PlanValidator.standard();

  private static PanelSummary.Builder add(PanelSummary.Builder builder, ProductivityPlan plan, String source) {
    return builder.add(plan, VALIDATOR.validate(plan, List.of(), source));
  }

  private static PanelSummary of(ProductivityPlan... plans) {
    PanelSummary.Builder builder = PanelSummary.builder();
    for (int i = 0; i < plans.length; i++) {
      add(builder, plans[i], "plan-" + i + ".json");
    }
    return builder.build();
  }

  private static ProductivityPlan plan(String council, String gss, Money consultancy, FinancialYear year) {
    return ProductivityPlan.builder()
        .council(Council.builder().name(council).gssCode(gss).build())
        .title("Productivity Plan")
        .addSpecifiedSpend(
            SpecifiedSpend.builder()
                .id("consultancy")
                .category(SpendCategory.CONSULTANCY)
                .amount(consultancy)
                .financialYear(year)
                .build())
        .build();
  }

  @Test
  void realPlansAreCountedAndListedAlphabetically() {
    PanelSummary summary =
        of(ExamplePlans.somerset2024(), ExamplePlans.sefton2024(), ExamplePlans.devon2024());

    assertThat(summary.inputs()).isEqualTo(3);
    assertThat(summary.plans())
        .extracting(PlanEntry::label)
        .containsExactly("Devon County Council", "Sefton Council", "Somerset Council");
    assertThat(summary.plans())
        .extracting(PlanEntry::type)
        .containsExactly(
            CouncilType.COUNTY_COUNCIL, CouncilType.METROPOLITAN_BOROUGH, CouncilType.UNITARY_AUTHORITY);
    assertThat(summary.plans()).extracting(PlanEntry::pageCount).containsExactly(null, 14, null);
    assertThat(summary.plansWithoutKpis()).hasSize(3);
    Coverage pp130 = rule(summary, "PP130");
    assertThat(pp130.plans()).isEqualTo(3);
    // Somerset and Sefton describe consultancy without a figure; Devon has no consultancy line.
    assertThat(pp130.meeting()).isZero();
    assertThat(pp130.byType())
        .extracting(PanelSummary.TypeCount::type)
        .containsExactly(
            CouncilType.UNITARY_AUTHORITY, CouncilType.METROPOLITAN_BOROUGH, CouncilType.COUNTY_COUNCIL);
  }

  @Test
  void aCompletePlanMeetsEveryRuleAndTheme() {
    PanelSummary summary = of(ExamplePlans.synthetic("complete"), ExamplePlans.synthetic("rule-PP130"));

    for (Coverage rule : summary.rules()) {
      List<String> expected =
          rule.id().equals("PP130") ? List.of("Harrowfield District Council (plan-1.json)") : List.of();
      assertThat(rule.notMeeting()).as(rule.id()).extracting(PlanEntry::label).isEqualTo(expected);
      assertThat(rule.meeting()).as(rule.id()).isEqualTo(2 - expected.size());
    }
    assertThat(summary.themes()).extracting(Coverage::theme).containsExactly(Theme.values());
    assertThat(summary.themes())
        .filteredOn(c -> c.theme() == Theme.REDUCING_WASTEFUL_SPEND)
        .singleElement()
        .extracting(Coverage::meeting)
        .isEqualTo(1);
  }

  @Test
  void spendTotalsAddOnlyAmountsOfTheSameYear() {
    PanelSummary summary =
        of(
            plan("Aylesbury", "E07000001", Money.ofPounds(100), FinancialYear.of(2023)),
            plan("Bolton", "E08000001", Money.ofPounds(50), FinancialYear.of(2023)),
            plan("Croydon", "E09000008", Money.ofPounds(7), FinancialYear.of(2022)));

    assertThat(summary.spendTotals())
        .containsExactly(
            new PanelSummary.SpendTotal(
                SpendCategory.CONSULTANCY, FinancialYear.of(2022), Money.ofPounds(7), 1),
            new PanelSummary.SpendTotal(
                SpendCategory.CONSULTANCY, FinancialYear.of(2023), Money.ofPounds(150), 2));
    assertThat(summary.toText())
        .contains("Consultants, 2022/23: £7 from 1 plan")
        .contains("Consultants, 2023/24: £150 from 2 plans")
        .contains("  Agency staff: not reported");
  }

  @Test
  void councilsAreNeverOrderedByWhatTheyReport() {
    // Spend rising against the alphabet, so an order by amount would reverse the list.
    List<ProductivityPlan> plans = new ArrayList<>();
    String[] names = {"Adur", "Barnet", "Camden", "Dudley", "Ealing", "Fylde"};
    for (int i = 0; i < names.length; i++) {
      plans.add(plan(names[i] + " Council", "E0700000" + i, Money.ofPounds(1000L * (names.length - i)), FinancialYear.of(2023)));
    }
    List<ProductivityPlan> shuffled = new ArrayList<>(plans);
    Collections.shuffle(shuffled, new Random(7));
    PanelSummary summary = of(shuffled.toArray(ProductivityPlan[]::new));

    List<String> expected = List.of(names).stream().map(n -> n + " Council").toList();
    assertThat(summary.plans()).extracting(PlanEntry::council).isEqualTo(expected);
    String text = summary.toText();
    assertThat(positions(text, expected)).isSorted();
    assertThat(summary.toCsv().get("spend.csv").lines().skip(1).map(l -> l.split(",")[0]).distinct().toList())
        .isEqualTo(expected);
    for (Coverage rule : summary.rules()) {
      assertThat(rule.notMeeting()).extracting(PlanEntry::council).isSorted();
    }
  }

  @Test
  void theSummaryDoesNotDependOnTheOrderOfThePlans() {
    List<ProductivityPlan> plans = new ArrayList<>();
    for (Example example : ExamplePlans.examples()) {
      if (example.isReadable()) {
        plans.add(example.plan());
      }
    }
    PanelSummary.Builder forward = PanelSummary.builder();
    PanelSummary.Builder backward = PanelSummary.builder();
    for (int i = 0; i < plans.size(); i++) {
      add(forward, plans.get(i), "p" + i);
    }
    for (int i = plans.size() - 1; i >= 0; i--) {
      add(backward, plans.get(i), "p" + i);
    }
    assertThat(backward.build().toJson()).isEqualTo(forward.build().toJson());
  }

  @Test
  void theSameAskInOtherWordsIsCountedOnce() {
    ProductivityPlan a = withBarrier("Adur Council", "Multi-year funding settlements for local government.");
    ProductivityPlan b = withBarrier("Barnet Council", "Local government funding settlement, multi year");
    ProductivityPlan c = withBarrier("Camden Council", "Fewer competitive bidding rounds");

    PanelSummary summary = of(a, b, c);

    PanelSummary.BarrierGroup funding = summary.barriers().get(0);
    assertThat(funding.category()).isEqualTo(BarrierCategory.FUNDING);
    assertThat(funding.plans()).isEqualTo(3);
    assertThat(funding.asks())
        .extracting(PanelSummary.AskGroup::ask, PanelSummary.AskGroup::plans)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Local government funding settlement, multi year", 2),
            org.assertj.core.groups.Tuple.tuple("Fewer competitive bidding rounds", 1));
  }

  private static ProductivityPlan withBarrier(String council, String ask) {
    return ProductivityPlan.builder()
        .council(Council.builder().name(council).build())
        .title("Productivity Plan")
        .addBarriers(
            Barrier.builder().id("b").category(BarrierCategory.FUNDING).asks(List.of(ask)).build())
        .addKpis(
            Kpi.builder()
                .id("k")
                .name(council.startsWith("A") ? "Council tax collected" : "council taxes collected")
                .source(KpiSource.builder().kind(KpiSourceKind.LG_INFORM).build())
                .build())
        .build();
  }

  @Test
  void kpisAreCountedBySourceAndNormalisedName() {
    PanelSummary summary =
        of(withBarrier("Adur Council", "x"), withBarrier("Barnet Council", "x"), plan("Camden", "E09000007", Money.zero(), FinancialYear.of(2023)));

    assertThat(summary.kpis())
        .containsExactly(
            new PanelSummary.KpiUse(KpiSourceKind.LG_INFORM, null, "Council tax collected", 2));
    assertThat(summary.plansWithoutKpis()).extracting(PlanEntry::council).containsExactly("Camden");
    assertThat(summary.toText()).contains("2 plans   Council tax collected (LG Inform)");
  }

  @Test
  void unreadableInputsAreListedWithTheirErrors() {
    Example futureMajor = ExamplePlans.example("future-major");
    PanelSummary summary =
        add(PanelSummary.builder(), ExamplePlans.devon2024(), "devon.json")
            .addUnreadable("future.json", futureMajor.read().problems())
            .build();

    assertThat(summary.inputs()).isEqualTo(2);
    assertThat(summary.plans()).hasSize(1);
    assertThat(summary.unreadable()).singleElement().satisfies(u -> {
      assertThat(u.source()).isEqualTo("future.json");
      assertThat(u.problems()).extracting(f -> f.ruleId()).containsExactly("IO009");
    });
    assertThat(summary.toText()).contains("1 input could not be read").contains("future.json:2:20: ");
  }

  @Test
  void moneyIsShownAsStated() {
    PanelSummary summary =
        of(plan("Adur", "E07000223", Money.ofPounds(new BigDecimal("1234567.5")), FinancialYear.of(2023)));
    assertThat(summary.toText()).contains("Consultants: £1,234,567.5 (2023/24)");
  }

  private static List<Integer> positions(String text, List<String> names) {
    int spend = text.indexOf("Specified spend");
    return names.stream().map(n -> text.indexOf(n + "\n", spend)).toList();
  }

  private static Coverage rule(PanelSummary summary, String id) {
    return summary.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }
}
