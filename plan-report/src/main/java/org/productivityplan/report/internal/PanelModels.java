package org.productivityplan.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.productivityplan.analysis.PanelLabels;
import org.productivityplan.analysis.PanelSummary;
import org.productivityplan.analysis.PanelSummary.Coverage;
import org.productivityplan.analysis.PanelSummary.PlanEntry;
import org.productivityplan.model.Finding;
import org.productivityplan.model.SpendCategory;
import org.productivityplan.report.internal.PanelModel.AskRow;
import org.productivityplan.report.internal.PanelModel.BarrierRow;
import org.productivityplan.report.internal.PanelModel.Count;
import org.productivityplan.report.internal.PanelModel.CoverageRow;
import org.productivityplan.report.internal.PanelModel.Group;
import org.productivityplan.report.internal.PanelModel.KpiRow;
import org.productivityplan.report.internal.PanelModel.PlanRow;
import org.productivityplan.report.internal.PanelModel.SpendRow;
import org.productivityplan.report.internal.PanelModel.Tally;
import org.productivityplan.report.internal.PanelModel.TotalRow;
import org.productivityplan.report.internal.PanelModel.UnreadableRow;

/**
 * Builds the {@link PanelModel} of a panel summary, in the words and orders of its text rendering
 * (councils alphabetically, asks and KPIs by how many plans name them).
 */
public final class PanelModels {

  private static final String NOT_STATED = "not stated";

  private PanelModels() {}

  /**
   * Builds the model.
   *
   * @param summary the summary
   * @return the model
   */
  public static PanelModel of(PanelSummary summary) {
    List<PlanEntry> plans = summary.plans();
    List<Integer> pages =
        plans.stream().map(PlanEntry::pageCount).filter(p -> p != null).sorted().toList();
    return new PanelModel(
        ReportModels.CSS,
        ReportModels.STYLE_HASH,
        "Panel summary of " + plans.size() + (plans.size() == 1 ? " plan" : " plans"),
        plans.size(),
        summary.unreadable().size(),
        summary.truncatedReports(),
        List.of(
            tally("type", "By council type", plans, p -> PanelLabels.councilType(p.type()), PanelLabels.councilTypes()),
            tally("status", "By status", plans, p -> PanelLabels.status(p.status()), PanelLabels.statuses()),
            tally("endorsement", "By endorsement", plans, p -> PanelLabels.endorsement(p.endorsement()), PanelLabels.endorsements()),
            tally("publication", "By publication", plans, p -> PanelLabels.publication(p.publication()), PanelLabels.publications())),
        plans.stream().filter(PlanEntry::valid).count(),
        plans.stream().filter(PlanEntry::complete).count(),
        pages.isEmpty()
            ? "No plan states its page count."
            : pages.size() + " of " + plans.size() + " plans state their page count: "
                + pages.get(0) + " to " + pages.get(pages.size() - 1) + " pages.",
        plans.stream().map(PanelModels::planRow).toList(),
        summary.themes().stream().map(t -> coverage(t, "")).toList(),
        summary.rules().stream()
            .map(r -> coverage(r, r.theme() == null ? "" : "Theme " + r.theme().number()))
            .toList(),
        PanelLabels.spendTableCategories().stream().map(PanelLabels::spend).toList(),
        plans.stream().map(PanelModels::spendRow).toList(),
        summary.spendTotals().stream()
            .map(t -> new TotalRow(
                PanelLabels.spend(t.category()), Text.year(t.financialYear()),
                PanelLabels.money(t.total()), t.plans()))
            .toList(),
        summary.barriers().stream()
            .map(b -> new BarrierRow(
                PanelLabels.barrier(b.category()), b.plans(), b.barriers(),
                b.asks().stream()
                    .map(a -> new AskRow(Text.visible(a.ask()), a.plans(), a.mentions()))
                    .toList()))
            .toList(),
        summary.kpis().stream()
            .map(k -> new KpiRow(
                Text.visible(k.name()), PanelLabels.kpiSource(k.source()),
                k.metricId() == null ? "" : Text.visible(k.metricId()), k.plans()))
            .toList(),
        summary.plansWithoutKpis().stream().map(p -> Text.visible(p.label())).toList(),
        summary.unreadable().stream()
            .map(u -> new UnreadableRow(
                Text.visible(u.source()),
                u.problems().stream().map(PanelModels::problem).toList()))
            .toList());
  }

  /** Every value in the given order, with how many plans have it (zero too). */
  private static Tally tally(
      String id, String heading, List<PlanEntry> plans, Function<PlanEntry, String> label,
      List<String> order) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    order.forEach(o -> counts.put(o, 0));
    plans.forEach(p -> counts.merge(label.apply(p), 1, Integer::sum));
    List<Count> list = new ArrayList<>();
    counts.forEach((k, v) -> list.add(new Count(k, v)));
    return new Tally(id, heading, list);
  }

  private static PlanRow planRow(PlanEntry plan) {
    return new PlanRow(
        Text.visible(plan.label()),
        plan.gssCode() == null ? NOT_STATED : Text.visible(plan.gssCode()),
        PanelLabels.councilType(plan.type()),
        PanelLabels.status(plan.status()),
        PanelLabels.endorsement(plan.endorsement()),
        PanelLabels.publication(plan.publication()),
        plan.pageCount() == null ? NOT_STATED : plan.pageCount().toString());
  }

  private static CoverageRow coverage(Coverage coverage, String theme) {
    List<Group> notMeeting = new ArrayList<>();
    PanelLabels.byCouncilType(coverage.notMeeting())
        .forEach((type, labels) ->
            notMeeting.add(new Group(type, labels.stream().map(Text::visible).toList())));
    return new CoverageRow(
        coverage.id(),
        Text.visible(coverage.name()),
        theme,
        coverage.plans(),
        coverage.meeting(),
        coverage.byType().stream()
            .map(t -> PanelLabels.councilType(t.type()) + " " + t.meeting() + " of " + t.plans())
            .toList(),
        notMeeting);
  }

  private static SpendRow spendRow(PlanEntry plan) {
    List<String> figures = new ArrayList<>();
    for (SpendCategory category : PanelLabels.spendTableCategories()) {
      figures.add(Text.visible(PanelLabels.figures(plan, category)));
    }
    return new SpendRow(Text.visible(plan.label()), figures);
  }

  private static String problem(Finding problem) {
    String place =
        problem.line().isPresent()
            ? "line " + problem.line().get() + problem.column().map(c -> ", column " + c).orElse("")
            : problem.pointer().isEmpty() ? "" : problem.pointer();
    return (place.isEmpty() ? "" : place + ": ") + Text.visible(problem.message())
        + " [" + problem.ruleId() + "]";
  }
}
