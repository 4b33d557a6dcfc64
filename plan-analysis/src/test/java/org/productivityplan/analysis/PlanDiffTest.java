package org.productivityplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.examples.ExamplePlans;
import org.productivityplan.model.Barrier;
import org.productivityplan.model.Council;
import org.productivityplan.model.Endorsement;
import org.productivityplan.model.FinancialYear;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.Money;
import org.productivityplan.model.PartialDate;
import org.productivityplan.model.PlanStatus;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.RawJson;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.SpendCategory;
import org.productivityplan.model.TransformationProject;

/** What {@link PlanDiff} reports, case by case. */
class PlanDiffTest {

  private static ProductivityPlan.Builder plan() {
    return ProductivityPlan.builder()
        .council(Council.builder().name("Harrowfield District Council").gssCode("E07999901").build())
        .title("Plan");
  }

  private static TransformationProject project(String id, String name) {
    return TransformationProject.builder().id(id).name(name).build();
  }

  private static List<String> lines(PlanDiff diff) {
    return diff.changes().stream()
        .map(
            c ->
                c.kind().code()
                    + " "
                    + c.element().code()
                    + " "
                    + c.id()
                    + c.field().map(f -> " " + f).orElse("")
                    + c.oldValue().map(v -> " " + v).orElse("")
                    + c.newValue().map(v -> " -> " + v).orElse("")
                    + c.event().map(e -> " [" + e.code() + "]").orElse(""))
        .toList();
  }

  @Test
  void planStatusAndEndorsementAreNamed() {
    ProductivityPlan older = plan().status(PlanStatus.DRAFT).build();
    ProductivityPlan newer =
        plan()
            .status(PlanStatus.ENDORSED)
            .endorsement(Endorsement.builder().body("Cabinet").build())
            .build();

    assertThat(lines(PlanDiff.between(older, newer)))
        .containsExactly(
            "changed plan  endorsement/body -> Cabinet [endorsement]",
            "changed plan  status draft -> endorsed [planStatus]");
  }

  @Test
  void aMilestoneBroughtForwardIsNamed() {
    Milestone.Builder milestone = Milestone.builder().id("m").description("M");
    ProductivityPlan older =
        plan().addProject(TransformationProject.builder().id("p").name("P").addMilestone(milestone.due(PartialDate.parse("2025-06")).build()).build()).build();
    ProductivityPlan newer =
        plan().addProject(TransformationProject.builder().id("p").name("P").addMilestone(milestone.due(PartialDate.parse("2025-03")).build()).build()).build();

    PlanDiff diff = PlanDiff.between(older, newer);

    assertThat(lines(diff)).containsExactly("changed milestone m due 2025-06 -> 2025-03 [milestoneBroughtForward]");
    assertThat(diff.changes().get(0).parentId()).contains("p");
  }

  @Test
  void moneyFromZeroHasADifferenceButNoPercentage() {
    SpecifiedSpend.Builder line = SpecifiedSpend.builder().id("s").category(SpendCategory.CONSULTANCY).financialYear(FinancialYear.parse("2024/25"));
    PlanDiff diff =
        PlanDiff.between(
            plan().addSpecifiedSpend(line.amount(Money.zero()).build()).build(),
            plan().addSpecifiedSpend(line.amount(Money.ofPounds(5000)).build()).build());

    Change change = diff.changes().get(0);
    assertThat(change.event()).contains(Change.Event.MONEY);
    assertThat(change.difference()).contains(Money.ofPounds(5000));
    assertThat(change.percent()).isEmpty();
  }

  @Test
  void moneyGivesThePercentageOfTheOlderAmount() {
    SpecifiedSpend.Builder line = SpecifiedSpend.builder().id("s").category(SpendCategory.CONSULTANCY);
    PlanDiff diff =
        PlanDiff.between(
            plan().addSpecifiedSpend(line.amount(Money.ofPounds(3)).build()).build(),
            plan().addSpecifiedSpend(line.amount(Money.ofPounds(4)).build()).build());

    assertThat(diff.changes().get(0).percent()).contains(new BigDecimal("33.3"));
  }

  @Test
  void asksAreMatchedByTheirTextAndNoneIsNotAbsent() {
    Barrier.Builder barrier = Barrier.builder().id("b").title("Funding");
    ProductivityPlan older = plan().addBarrier(barrier.asks(List.of("Multi-year settlements", "Fewer bids")).build()).build();
    ProductivityPlan newer = plan().addBarrier(barrier.asks(List.of("Fewer bids", "Simpler grants")).build()).build();
    ProductivityPlan none = plan().addBarrier(barrier.asks(List.of()).build()).build();
    ProductivityPlan unsaid = plan().addBarrier(Barrier.builder().id("b").title("Funding").build()).build();

    assertThat(lines(PlanDiff.between(older, newer)))
        .containsExactly(
            "removed ask Multi-year settlements Multi-year settlements",
            "added ask Simpler grants -> Simpler grants");
    assertThat(lines(PlanDiff.between(unsaid, none))).containsExactly("changed barrier b asks -> []");
  }

  @Test
  void repeatedIdsArePairedInOrder() {
    ProductivityPlan older = plan().projects(List.of(project("p", "First"), project("p", "Second"))).build();
    ProductivityPlan newer = plan().projects(List.of(project("p", "First"), project("p", "Second!"))).build();

    assertThat(lines(PlanDiff.between(older, newer))).containsExactly("changed project p name Second -> Second!");
  }

  @Test
  void renamesPairElementsOfTheSameContentInOrder() {
    ProductivityPlan older =
        plan().projects(List.of(project("a", "Same"), project("b", "Same"), project("c", "Other"))).build();
    ProductivityPlan newer =
        plan().projects(List.of(project("y", "Same"), project("x", "Same"), project("c", "Other"))).build();

    assertThat(lines(PlanDiff.between(older, newer)))
        .containsExactly("renamed project a id a -> y", "renamed project b id b -> x");
  }

  @Test
  void aChangedIdWithChangedContentIsARemovalAndAnAddition() {
    PlanDiff diff =
        PlanDiff.between(
            plan().addProject(project("a", "Old")).build(),
            plan().addProject(project("b", "New")).build());

    assertThat(lines(diff)).containsExactly("removed project a Old", "added project b -> New");
    assertThat(diff.count(Change.Kind.REMOVED)).isEqualTo(1);
    assertThat(diff.count(Change.Kind.ADDED)).isEqualTo(1);
  }

  @Test
  void unknownPropertiesAreComparedToo() {
    PlanDiff diff =
        PlanDiff.between(
            plan().putUnknownProperty("ref", RawJson.of("1")).build(),
            plan().putUnknownProperty("ref", RawJson.of("2")).build());

    assertThat(lines(diff)).containsExactly("changed plan  ref 1 -> 2");
  }

  @Test
  void aFindingThatOnlyMovedRemains() {
    ProductivityPlan complete = ExamplePlans.synthetic("complete");
    // The consultancy line without a figure (PP130), first in one version and last in the other.
    SpecifiedSpend vague =
        SpecifiedSpend.builder()
            .from(complete.specifiedSpend().get(0))
            .amount(java.util.Optional.empty())
            .financialYear(java.util.Optional.empty())
            .build();
    List<SpecifiedSpend> rest = complete.specifiedSpend().subList(1, 4);
    ProductivityPlan first =
        ProductivityPlan.builder().from(complete).specifiedSpend(List.of()).addSpecifiedSpend(vague).addAllSpecifiedSpend(rest).build();
    ProductivityPlan last =
        ProductivityPlan.builder().from(complete).specifiedSpend(rest).addSpecifiedSpend(vague).build();

    PlanDiff moved = PlanDiff.between(first, last);
    PlanDiff fixed = PlanDiff.between(first, complete);

    assertThat(moved.changes()).isEmpty();
    assertThat(moved.findings().remaining()).extracting(f -> f.ruleId()).contains("PP130");
    assertThat(moved.findings().hasChanges()).isFalse();
    assertThat(fixed.findings().resolved()).extracting(f -> f.ruleId()).contains("PP130");
    assertThat(fixed.toText("a", "b")).contains("resolved: PP130 warning [spend-consultancy]");
  }
}
