package org.productivityplan.validation.internal.rules;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.productivityplan.model.AssuranceActivity;
import org.productivityplan.model.AssuranceKind;
import org.productivityplan.model.Barrier;
import org.productivityplan.model.Council;
import org.productivityplan.model.CouncilContext;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.CouncilPlanOutcome;
import org.productivityplan.model.DateRange;
import org.productivityplan.model.DocumentControl;
import org.productivityplan.model.DocumentOwner;
import org.productivityplan.model.Endorsement;
import org.productivityplan.model.FinancialYear;
import org.productivityplan.model.Frequency;
import org.productivityplan.model.KeyFigure;
import org.productivityplan.model.KeyPriority;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.KpiValue;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.Money;
import org.productivityplan.model.MonitoringArrangement;
import org.productivityplan.model.PartialDate;
import org.productivityplan.model.Percentage;
import org.productivityplan.model.PlanStatus;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.ProgressUpdate;
import org.productivityplan.model.ProjectStatus;
import org.productivityplan.model.Publication;
import org.productivityplan.model.ReductionTarget;
import org.productivityplan.model.Revision;
import org.productivityplan.model.Saving;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.SpendCategory;
import org.productivityplan.model.Submission;
import org.productivityplan.model.Theme;
import org.productivityplan.model.TransformationProject;

/**
 * Test plans for the rule tests: {@link #complete()}, a published plan that satisfies every rule of
 * the profile, and small edits of it, so that each test states only what it breaks.
 */
final class Plans {

  /**
   * "Today" for the tests: 1 January 2026, more than a year after the complete plan's publication.
   */
  static final Clock TODAY =
      Clock.fixed(
          LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private static final ProductivityPlan COMPLETE = buildComplete();

  private Plans() {}

  /** Returns a plan with nothing but its council (name only) and title. */
  static ProductivityPlan minimal() {
    return ProductivityPlan.builder()
        .council(Council.builder().name("Somerset Council").build())
        .title("Productivity Plan")
        .build();
  }

  /** Returns the complete plan: published, with every part the rules look for. */
  static ProductivityPlan complete() {
    return COMPLETE;
  }

  /** Returns the complete plan with an edit made through its builder. */
  static ProductivityPlan completeWith(UnaryOperator<ProductivityPlan.Builder> edit) {
    return edit.apply(ProductivityPlan.builder().from(COMPLETE)).build();
  }

  /** Returns a plan with an edit made through its builder. */
  static ProductivityPlan edit(
      ProductivityPlan plan, UnaryOperator<ProductivityPlan.Builder> edit) {
    return edit.apply(ProductivityPlan.builder().from(plan)).build();
  }

  /** Returns the complete plan with one project edited. */
  static ProductivityPlan withProject(
      int index, UnaryOperator<TransformationProject.Builder> edit) {
    List<TransformationProject> projects = new ArrayList<>(COMPLETE.projects());
    projects.set(
        index, edit.apply(TransformationProject.builder().from(projects.get(index))).build());
    return completeWith(b -> b.projects(projects));
  }

  /** Returns the complete plan with one KPI edited. */
  static ProductivityPlan withKpi(int index, UnaryOperator<Kpi.Builder> edit) {
    List<Kpi> kpis = new ArrayList<>(COMPLETE.kpis());
    kpis.set(index, edit.apply(Kpi.builder().from(kpis.get(index))).build());
    return completeWith(b -> b.kpis(kpis));
  }

  /** Returns the complete plan with one spend line edited. */
  static ProductivityPlan withSpend(int index, UnaryOperator<SpecifiedSpend.Builder> edit) {
    List<SpecifiedSpend> spend = new ArrayList<>(COMPLETE.specifiedSpend());
    spend.set(index, edit.apply(SpecifiedSpend.builder().from(spend.get(index))).build());
    return completeWith(b -> b.specifiedSpend(spend));
  }

  /** Returns the complete plan with one barrier edited. */
  static ProductivityPlan withBarrier(int index, UnaryOperator<Barrier.Builder> edit) {
    List<Barrier> barriers = new ArrayList<>(COMPLETE.barriers());
    barriers.set(index, edit.apply(Barrier.builder().from(barriers.get(index))).build());
    return completeWith(b -> b.barriers(barriers));
  }

  /** Returns the complete plan with its context edited. */
  static ProductivityPlan withContext(UnaryOperator<CouncilContext.Builder> edit) {
    CouncilContext context =
        edit.apply(CouncilContext.builder().from(COMPLETE.context().orElseThrow())).build();
    return completeWith(b -> b.context(context));
  }

  /** Returns the complete plan's spend lines without those of one category. */
  static List<SpecifiedSpend> spendWithout(SpendCategory category) {
    return COMPLETE.specifiedSpend().stream().filter(s -> s.category() != category).toList();
  }

  /** Returns a project with an id, a name, a status and themes, and nothing else. */
  static TransformationProject project(String id, ProjectStatus status, Theme... themes) {
    return TransformationProject.builder()
        .id(id)
        .name("Project " + id)
        .status(status)
        .addThemes(themes)
        .build();
  }

  /** Returns a spend line with an id and category, and nothing else. */
  static SpecifiedSpend spend(String id, SpendCategory category) {
    return SpecifiedSpend.builder().id(id).category(category).build();
  }

  /** Returns a KPI value for a period. */
  static KpiValue value(long value, String period) {
    return KpiValue.builder()
        .value(BigDecimal.valueOf(value))
        .period(DateRange.parse(period))
        .build();
  }

  private static ProductivityPlan buildComplete() {
    FinancialYear y2023 = FinancialYear.parse("2023/24");
    return ProductivityPlan.builder()
        .council(Council.builder().name("Somerset Council").gssCode("E06000066").build())
        .title("Productivity Plan")
        .planDate(PartialDate.parse("2024-07"))
        .status(PlanStatus.PUBLISHED)
        .putNarrative(Theme.TRANSFORMING_SERVICES, "We have moved to one council.")
        .putNarrative(Theme.TECHNOLOGY_AND_DATA, "We use data to target services.")
        .putNarrative(Theme.REDUCING_WASTEFUL_SPEND, "We have cut agency spend.")
        .putNarrative(Theme.REMOVING_BARRIERS, "Funding is short-term.")
        .context(
            CouncilContext.builder()
                .financialPosition("A balanced budget for 2024/25 after a section 114 notice.")
                .reserves(Money.ofPounds(100_000_000))
                .productivityMeasurement("By cost per case and time to decision.")
                .addAssuranceActivity(
                    AssuranceActivity.builder()
                        .description("Corporate peer challenge")
                        .kind(AssuranceKind.PEER_CHALLENGE)
                        .build())
                .addKeyFigure(
                    KeyFigure.builder()
                        .description("Capital programme")
                        .amount(Money.ofPounds(50_000_000))
                        .period(DateRange.parse("2023-04/2024-03"))
                        .build())
                .build())
        .councilPlan(
            CouncilPlan.builder()
                .title("Council Plan 2023-2027")
                .period(DateRange.parse("2023/2027"))
                .addOutcome(
                    CouncilPlanOutcome.builder()
                        .id("O1")
                        .title("A greener county")
                        .addKeyPriority(KeyPriority.builder().title("Net zero").build())
                        .build())
                .build())
        .addProject(
            TransformationProject.builder()
                .from(project("P1", ProjectStatus.COMPLETED, Theme.TRANSFORMING_SERVICES))
                .period(DateRange.parse("2022-01/2023-03"))
                .addMilestone(
                    Milestone.builder()
                        .id("M1")
                        .description("Go live")
                        .due(PartialDate.parse("2023-03"))
                        .build())
                .addSaving(
                    Saving.builder().amount(Money.ofPounds(1_000_000)).financialYear(y2023).build())
                .addKpiId("K1")
                .addCouncilPlanOutcomeId("O1")
                .build())
        .addProject(
            TransformationProject.builder()
                .from(
                    project(
                        "P2",
                        ProjectStatus.IN_PROGRESS,
                        Theme.TECHNOLOGY_AND_DATA,
                        Theme.REDUCING_WASTEFUL_SPEND))
                .parentId("P1")
                .addMilestone(
                    Milestone.builder()
                        .id("M2")
                        .description("New system live")
                        .due(PartialDate.parse("2024-08"))
                        .build())
                .addSaving(Saving.builder().amount(Money.ofPounds(500_000)).build())
                .addKpiId("K1")
                .addCouncilPlanOutcomeId("O1")
                .build())
        .addSpecifiedSpend(
            SpecifiedSpend.builder()
                .from(spend("S1", SpendCategory.CONSULTANCY))
                .financialYear(y2023)
                .amount(Money.ofPounds(2_000_000))
                .retentionReason("Specialist skills we do not employ.")
                .build())
        .addSpecifiedSpend(
            SpecifiedSpend.builder()
                .from(spend("S2", SpendCategory.AGENCY_STAFF))
                .financialYear(y2023)
                .amount(Money.ofPounds(13_100_000))
                .reductionTarget(
                    ReductionTarget.builder()
                        .amount(Money.ofPounds(3_000_000))
                        .financialYear(FinancialYear.parse("2024/25"))
                        .approximate(true)
                        .build())
                .build())
        .addSpecifiedSpend(
            SpecifiedSpend.builder()
                .from(spend("S3", SpendCategory.EDI))
                .financialYear(y2023)
                .amount(Money.zero())
                .retentionReason("No spend to reduce.")
                .build())
        .addSpecifiedSpend(
            SpecifiedSpend.builder()
                .from(spend("S4", SpendCategory.TRADE_UNION_FACILITY_TIME))
                .financialYear(FinancialYear.parse("2022/23"))
                .shareOfPayBill(Percentage.parse("0.03"))
                .retentionReason("A statutory duty.")
                .build())
        .addBarrier(
            Barrier.builder()
                .id("B1")
                .title("Local Government Finance")
                .asks(List.of("Multi-year settlements"))
                .build())
        .addKpi(
            Kpi.builder()
                .id("K1")
                .name("Cost per case")
                .baseline(value(100, "2023-04/2024-03"))
                .target(value(80, "2025-04/2026-03"))
                .addMeasurement(value(95, "2024-04/2025-03"))
                .addProjectIds("P1", "P2")
                .build())
        .addMonitoringArrangement(
            MonitoringArrangement.builder()
                .forum("Executive")
                .frequency(Frequency.QUARTERLY)
                .build())
        .addProgressUpdate(
            ProgressUpdate.builder().date(PartialDate.parse("2025-07")).summary("On track").build())
        .documentControl(
            DocumentControl.builder()
                .addRevision(
                    Revision.builder().version("0.1").date(LocalDate.of(2024, 5, 29)).build())
                .addRevision(
                    Revision.builder().version("1.0").date(LocalDate.of(2024, 7, 4)).build())
                .addOwner(DocumentOwner.builder().role("Author").name("A. Officer").build())
                .pageCount(4)
                .build())
        .endorsement(Endorsement.builder().body("Cabinet").date(LocalDate.of(2024, 7, 10)).build())
        .submission(Submission.builder().date(LocalDate.of(2024, 7, 18)).build())
        .publication(
            Publication.builder()
                .address("https://www.somersetcouncil.gov.uk/productivity-plan")
                .date(LocalDate.of(2024, 7, 19))
                .build())
        .build();
  }
}
