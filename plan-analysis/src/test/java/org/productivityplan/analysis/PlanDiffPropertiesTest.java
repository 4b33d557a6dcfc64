package org.productivityplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.productivityplan.examples.PlanArbitraries;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.KpiValue;
import org.productivityplan.model.DateRange;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.Money;
import org.productivityplan.model.PartialDate;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.ProjectStatus;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.TransformationProject;
import org.productivityplan.testing.PropertyChecks;

/** Laws of {@link PlanDiff}, over generated plans ({@link PlanArbitraries}, {@link PropertyChecks}). */
class PlanDiffPropertiesTest {

  @Test
  void aPlanComparedWithItselfHasNoChange() {
    PropertyChecks.forAll(
        PlanArbitraries::plan,
        plan -> {
          PlanDiff diff = PlanDiff.between(plan, plan);
          assertThat(diff.changes()).isEmpty();
          assertThat(diff.findings().hasChanges()).isFalse();
          assertThat(diff.findings().newFindings()).isEmpty();
          assertThat(diff.findings().resolved()).isEmpty();
        });
  }

  @Test
  void reorderingElementsIsNoChange() {
    PropertyChecks.forAll(
        r -> withUniqueIds(PlanArbitraries.plan(r)),
        plan -> {
          List<TransformationProject> projects = new ArrayList<>(plan.projects());
          Collections.reverse(projects);
          List<SpecifiedSpend> spend = new ArrayList<>(plan.specifiedSpend());
          Collections.reverse(spend);
          ProductivityPlan reordered =
              ProductivityPlan.builder().from(plan).projects(projects).specifiedSpend(spend).build();
          assertThat(PlanDiff.between(plan, reordered).changes()).isEmpty();
        });
  }

  @Test
  void aDiffMirrorsTheDiffTheOtherWay() {
    PropertyChecks.forAll(
        r -> {
          ProductivityPlan a = PlanArbitraries.plan(r);
          // Half the time an unrelated plan, half the time an edited copy, which shares elements.
          ProductivityPlan b = r.nextBoolean() ? PlanArbitraries.plan(r) : Edits.random(a, r).plan();
          return List.of(a, b);
        },
        pair -> {
          PlanDiff forth = PlanDiff.between(pair.get(0), pair.get(1));
          PlanDiff back = PlanDiff.between(pair.get(1), pair.get(0));
          assertThat(sorted(back.changes().stream().map(PlanDiffPropertiesTest::describe).toList()))
              .isEqualTo(
                  sorted(
                      forth.changes().stream()
                          .map(PlanDiffPropertiesTest::mirror)
                          .map(PlanDiffPropertiesTest::describe)
                          .toList()));
          assertThat(findings(back.findings().resolved()))
              .isEqualTo(findings(forth.findings().newFindings()));
          assertThat(findings(back.findings().newFindings()))
              .isEqualTo(findings(forth.findings().resolved()));
          assertThat(back.findings().remaining()).hasSameSizeAs(forth.findings().remaining());
        });
  }

  @Test
  void aSequenceOfEditsYieldsExactlyThoseChanges() {
    PropertyChecks.forAll(
        r -> Edits.random(withUniqueIds(PlanArbitraries.plan(r)), r),
        edited -> {
          PlanDiff diff = PlanDiff.between(edited.original(), edited.plan());
          Set<String> named =
              diff.changes().stream()
                  .map(
                      c ->
                          c.kind().code()
                              + " "
                              + c.element().code()
                              + " "
                              + c.parentId().map(p -> p + "/").orElse("")
                              + c.id()
                              + " "
                              + c.field().orElse(""))
                  .collect(Collectors.toCollection(TreeSet::new));
          assertThat(named).isEqualTo(new TreeSet<>(edited.expected()));
          assertThat(diff.changes()).hasSize(edited.expected().size());
        });
  }

  /** Gives projects, milestones, spend lines and KPIs ids and project names that are unique. */
  static ProductivityPlan withUniqueIds(ProductivityPlan plan) {
    List<TransformationProject> projects = new ArrayList<>();
    for (int i = 0; i < plan.projects().size(); i++) {
      TransformationProject project = plan.projects().get(i);
      List<Milestone> milestones = new ArrayList<>();
      for (int j = 0; j < project.milestones().size(); j++) {
        milestones.add(
            Milestone.builder()
                .from(project.milestones().get(j))
                .id("milestone-" + i + "-" + j)
                .build());
      }
      projects.add(
          TransformationProject.builder()
              .from(project)
              .id("project-" + i)
              .name("Project " + i)
              .milestones(milestones)
              .build());
    }
    List<SpecifiedSpend> spend = new ArrayList<>();
    for (int i = 0; i < plan.specifiedSpend().size(); i++) {
      spend.add(SpecifiedSpend.builder().from(plan.specifiedSpend().get(i)).id("spend-" + i).build());
    }
    List<Kpi> kpis = new ArrayList<>();
    for (int i = 0; i < plan.kpis().size(); i++) {
      kpis.add(Kpi.builder().from(plan.kpis().get(i)).id("kpi-" + i).build());
    }
    return ProductivityPlan.builder()
        .from(plan)
        .projects(projects)
        .specifiedSpend(spend)
        .kpis(kpis)
        .build();
  }

  /** A plan, the plan after some edits, and the changes those edits should show. */
  record Edited(ProductivityPlan original, ProductivityPlan plan, List<String> expected) {}

  /** Random edits, at most one to each element, each with the change it should show. */
  static final class Edits {

    private Edits() {}

    static Edited random(ProductivityPlan original, Random r) {
      ProductivityPlan.Builder plan = ProductivityPlan.builder().from(original);
      List<String> expected = new ArrayList<>();
      if (r.nextInt(3) == 0) {
        String title = original.title() + " (revised)";
        plan.title(title);
        expected.add("changed plan  title");
      }
      List<TransformationProject> projects = new ArrayList<>();
      for (TransformationProject project : original.projects()) {
        String id = project.id();
        switch (r.nextInt(6)) {
          case 0:
            expected.add("removed project " + id + " ");
            break;
          case 1:
            projects.add(TransformationProject.builder().from(project).id(id + "-renamed").build());
            expected.add("renamed project " + id + " id");
            break;
          case 2:
            projects.add(
                TransformationProject.builder().from(project).name(project.name() + "!").build());
            expected.add("changed project " + id + " name");
            break;
          case 3:
            ProjectStatus status =
                project.status().orElse(null) == ProjectStatus.COMPLETED
                    ? ProjectStatus.PLANNED
                    : ProjectStatus.COMPLETED;
            projects.add(TransformationProject.builder().from(project).status(status).build());
            expected.add("changed project " + id + " status");
            break;
          case 4:
            if (!project.milestones().isEmpty()) {
              Milestone first = project.milestones().get(0);
              PartialDate due =
                  first.due().orElse(PartialDate.ofYear(2024)).equals(PartialDate.ofYear(2099))
                      ? PartialDate.ofYear(2098)
                      : PartialDate.ofYear(2099);
              List<Milestone> milestones = new ArrayList<>(project.milestones());
              milestones.set(0, Milestone.builder().from(first).due(due).build());
              projects.add(TransformationProject.builder().from(project).milestones(milestones).build());
              expected.add("changed milestone " + id + "/" + first.id() + " due");
              break;
            }
            projects.add(project);
            break;
          default:
            projects.add(project);
        }
      }
      int additions = r.nextInt(3);
      for (int k = 0; k < additions; k++) {
        String id = "added-" + k;
        projects.add(r.nextInt(projects.size() + 1), TransformationProject.builder().id(id).name("Added " + k).build());
        expected.add("added project " + id + " ");
      }
      plan.projects(projects);
      List<SpecifiedSpend> spend = new ArrayList<>();
      for (SpecifiedSpend line : original.specifiedSpend()) {
        if (r.nextInt(3) == 0) {
          Money amount = line.amount().orElse(Money.zero()).plus(Money.ofPounds(1000));
          spend.add(SpecifiedSpend.builder().from(line).amount(amount).build());
          expected.add("changed spendLine " + line.id() + " amount");
        } else {
          spend.add(line);
        }
      }
      plan.specifiedSpend(spend);
      List<Kpi> kpis = new ArrayList<>();
      for (Kpi kpi : original.kpis()) {
        DateRange period = DateRange.of(PartialDate.parse("2099-01"), PartialDate.parse("2099-03"));
        boolean free = kpi.measurements().stream().noneMatch(m -> m.period().equals(java.util.Optional.of(period)));
        if (free && r.nextInt(3) == 0) {
          kpis.add(
              Kpi.builder()
                  .from(kpi)
                  .addMeasurement(KpiValue.builder().value(java.math.BigDecimal.ONE).period(period).build())
                  .build());
          expected.add("added kpiMeasurement " + kpi.id() + "/" + period + " ");
        } else {
          kpis.add(kpi);
        }
      }
      plan.kpis(kpis);
      return new Edited(original, plan.build(), expected);
    }
  }

  private static Change mirror(Change c) {
    switch (c.kind()) {
      case ADDED:
        return new Change(Change.Kind.REMOVED, c.element(), c.id(), c.parentId(), c.field(), c.newValue(), c.oldValue(), c.event(), c.difference(), c.percent());
      case REMOVED:
        return new Change(Change.Kind.ADDED, c.element(), c.id(), c.parentId(), c.field(), c.newValue(), c.oldValue(), c.event(), c.difference(), c.percent());
      case RENAMED:
        return new Change(c.kind(), c.element(), c.newValue().orElseThrow(), c.parentId(), c.field(), c.newValue(), c.oldValue(), c.event(), c.difference(), c.percent());
      default:
        return new Change(c.kind(), c.element(), c.id(), c.parentId(), c.field(), c.newValue(), c.oldValue(), c.event(), c.difference().map(Money::negated), c.percent());
    }
  }

  /** A change without what does not mirror: the event's name and the percentage. */
  private static String describe(Change c) {
    return String.join(
        "|",
        c.kind().code(),
        c.element().code(),
        c.id(),
        c.parentId().orElse("-"),
        c.field().orElse("-"),
        c.oldValue().orElse("-"),
        c.newValue().orElse("-"),
        c.difference().map(Money::toString).orElse("-"));
  }

  private static List<String> sorted(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    Collections.sort(copy);
    return copy;
  }

  private static List<String> findings(List<Finding> findings) {
    return sorted(findings.stream().map(f -> f.ruleId() + " " + f.pointer() + " " + f.message()).toList());
  }
}
