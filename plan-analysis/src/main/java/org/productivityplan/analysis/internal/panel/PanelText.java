package org.productivityplan.analysis.internal.panel;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.productivityplan.analysis.PanelSummary;
import org.productivityplan.analysis.PanelSummary.AskGroup;
import org.productivityplan.analysis.PanelSummary.BarrierGroup;
import org.productivityplan.analysis.PanelSummary.Coverage;
import org.productivityplan.analysis.PanelSummary.KpiUse;
import org.productivityplan.analysis.PanelSummary.PlanEntry;
import org.productivityplan.analysis.PanelSummary.SpendFigure;
import org.productivityplan.analysis.PanelSummary.SpendTotal;
import org.productivityplan.analysis.PanelSummary.TypeCount;
import org.productivityplan.analysis.PanelSummary.Unreadable;
import org.productivityplan.model.Finding;
import org.productivityplan.model.SpendCategory;

/** The text rendering of a panel summary, documented in {@code docs/analysis.md}. */
public final class PanelText {

  /** The spend categories the table shows, in the guidance's order. */
  public static final List<SpendCategory> TABLE_CATEGORIES =
      List.of(
          SpendCategory.CONSULTANCY,
          SpendCategory.AGENCY_STAFF,
          SpendCategory.EDI,
          SpendCategory.TRADE_UNION_FACILITY_TIME);

  private final PrintWriter out;

  private PanelText(PrintWriter out) {
    this.out = out;
  }

  /**
   * Renders a summary.
   *
   * @param summary the summary
   * @return the text
   */
  public static String render(PanelSummary summary) {
    StringWriter text = new StringWriter();
    try {
      write(summary, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * Writes a summary, a line at a time.
   *
   * @param summary the summary
   * @param writer where to write; flushed, not closed
   * @throws IOException when the writer fails
   */
  public static void write(PanelSummary summary, Writer writer) throws IOException {
    PrintWriter out = new PrintWriter(writer);
    new PanelText(out).write(summary);
    out.flush();
    if (out.checkError()) {
      throw new IOException("The panel summary could not be written in full");
    }
  }

  private PanelText line(String text) {
    out.append(Finding.printable(text)).append('\n');
    return this;
  }

  private void heading(String text) {
    out.append('\n').append(text).append('\n').append("=".repeat(text.length())).append('\n');
  }

  private void write(PanelSummary summary) {
    List<PlanEntry> plans = summary.plans();
    line("Panel summary of "
        + plural(plans.size(), "plan")
        + (summary.unreadable().isEmpty()
            ? ""
            : " (" + plural(summary.unreadable().size(), "input") + " could not be read)"));
    line("Councils are listed alphabetically, asks and KPIs by how many plans name them;"
        + " nothing here ranks or scores councils.");
    if (summary.truncatedReports() > 0) {
      line("Note: " + plural(summary.truncatedReports(), "plan")
          + " had a report cut short, so a rule may be counted as met that is not.");
    }
    writePlans(plans);
    heading("Coverage of the guidance by theme");
    for (Coverage theme : summary.themes()) {
      writeCoverage("Theme " + theme.theme().number() + "  " + theme.name(), theme);
    }
    heading("Coverage of the guidance by rule");
    for (Coverage rule : summary.rules()) {
      writeCoverage(
          rule.id() + "  " + rule.name()
              + (rule.theme() == null ? "" : "  (theme " + rule.theme().number() + ")"),
          rule);
    }
    writeSpend(plans, summary.spendTotals());
    writeBarriers(summary.barriers());
    writeKpis(summary.kpis(), summary.plansWithoutKpis());
    if (!summary.unreadable().isEmpty()) {
      heading("Inputs that could not be read");
      for (Unreadable input : summary.unreadable()) {
        for (Finding problem : input.problems()) {
          line(input.source() + place(problem) + ": " + problem.message() + " [" + problem.ruleId() + "]");
        }
      }
    }
  }

  private static String place(Finding problem) {
    if (problem.line().isPresent()) {
      return ":" + problem.line().get() + problem.column().map(c -> ":" + c).orElse("");
    }
    return problem.pointer().isEmpty() ? "" : " (" + problem.pointer() + ")";
  }

  private void writePlans(List<PlanEntry> plans) {
    heading("Plans");
    line("By council type: " + counts(plans, p -> Labels.type(p.type()), Labels.types()));
    line("By status:       " + counts(plans, p -> Labels.status(p.status()), Labels.statuses()));
    line("Endorsement:     " + counts(plans, p -> Labels.endorsement(p.endorsement()), Labels.endorsements()));
    line("Publication:     " + counts(plans, p -> Labels.publication(p.publication()), Labels.publications()));
    long valid = plans.stream().filter(PlanEntry::valid).count();
    long complete = plans.stream().filter(PlanEntry::complete).count();
    line("Validation:      " + valid + " valid (no error), " + complete + " complete (no warning either)");
    List<Integer> pages =
        plans.stream().map(PlanEntry::pageCount).filter(p -> p != null).sorted().toList();
    line("Page count:      "
        + (pages.isEmpty()
            ? "stated by no plan"
            : "stated by " + plural(pages.size(), "plan") + ", " + pages.get(0) + " to "
                + pages.get(pages.size() - 1) + " pages"));
    out.append('\n');
    for (PlanEntry plan : plans) {
      line("  " + plan.label() + ": "
          + (plan.gssCode() == null ? "no GSS code" : plan.gssCode()) + ", "
          + Labels.type(plan.type()) + "; status " + Labels.status(plan.status()) + "; "
          + Labels.endorsement(plan.endorsement()) + "; " + Labels.publication(plan.publication())
          + "; " + (plan.pageCount() == null ? "pages not stated" : plural(plan.pageCount(), "page")));
    }
  }

  /** {@code a 3, b 0, c 1}: every value, in the given order. */
  private static String counts(
      List<PlanEntry> plans, Function<PlanEntry, String> label, List<String> order) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    order.forEach(o -> counts.put(o, 0));
    for (PlanEntry plan : plans) {
      counts.merge(label.apply(plan), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((k, v) -> parts.add(k + " " + v));
    return String.join(", ", parts);
  }

  private void writeCoverage(String title, Coverage coverage) {
    line(title);
    List<String> byType = new ArrayList<>();
    for (TypeCount count : coverage.byType()) {
      byType.add(Labels.type(count.type()) + " " + count.meeting() + " of " + count.plans());
    }
    line("  met by " + coverage.meeting() + " of " + plural(coverage.plans(), "plan")
        + (byType.isEmpty() ? "" : " (" + String.join(", ", byType) + ")"));
    for (Map.Entry<String, List<String>> group : byType(coverage.notMeeting()).entrySet()) {
      line("  not met, " + group.getKey() + ": " + String.join(", ", group.getValue()));
    }
  }

  /** The plans' labels by council type, in the order of the types; alphabetical within each. */
  public static Map<String, List<String>> byType(List<PlanEntry> plans) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (String type : Labels.types()) {
      for (PlanEntry plan : plans) {
        if (Labels.type(plan.type()).equals(type)) {
          groups.computeIfAbsent(type, t -> new ArrayList<>()).add(plan.label());
        }
      }
    }
    return groups;
  }

  private void writeSpend(List<PlanEntry> plans, List<SpendTotal> totals) {
    heading("Specified spend");
    line("As each plan states it: figures and years, \"not reported\" where a plan gives none.");
    for (PlanEntry plan : plans) {
      line(plan.label());
      for (SpendCategory category : TABLE_CATEGORIES) {
        line("  " + Labels.spend(category) + ": " + figures(plan, category));
      }
    }
    out.append('\n');
    if (totals.isEmpty()) {
      line("Totals: no plan states an amount for a financial year.");
    } else {
      line("Totals, each adding only amounts stated for the same financial year:");
      for (SpendTotal total : totals) {
        line("  " + Labels.spend(total.category()) + ", " + total.financialYear() + ": "
            + Labels.money(total.total()) + " from " + plural(total.plans(), "plan"));
      }
    }
  }

  /** A plan's figures for one category, as stated, or "not reported" when it states none. */
  public static String figures(PlanEntry plan, SpendCategory category) {
    List<String> figures = new ArrayList<>();
    for (SpendFigure figure : plan.spend(category)) {
      if (figure.hasFigure()) {
        figures.add(Labels.figure(figure));
      }
    }
    return figures.isEmpty() ? Labels.NOT_REPORTED : String.join("; ", figures);
  }

  private void writeBarriers(List<BarrierGroup> groups) {
    heading("Barriers and asks");
    if (groups.isEmpty()) {
      line("No plan names a barrier.");
    }
    for (BarrierGroup group : groups) {
      line(Labels.barrier(group.category()) + ": raised by " + plural(group.plans(), "plan")
          + " (" + plural(group.barriers(), "barrier") + ")");
      for (AskGroup ask : group.asks()) {
        line("  " + pad(plural(ask.plans(), "plan"), 10) + ask.ask()
            + (ask.mentions() > ask.plans() ? "  (made " + ask.mentions() + " times)" : ""));
      }
    }
  }

  private void writeKpis(List<KpiUse> kpis, List<PlanEntry> without) {
    heading("KPIs");
    for (KpiUse kpi : kpis) {
      line("  " + pad(plural(kpi.plans(), "plan"), 10) + kpi.name() + " (" + Labels.kpiSource(kpi.source())
          + (kpi.metricId() == null ? "" : " " + kpi.metricId()) + ")");
    }
    line((kpis.isEmpty() ? "No plan states a KPI. " : "")
        + "Plans with no KPI: " + without.size()
        + (without.isEmpty() ? "" : " (" + String.join(", ", without.stream().map(PlanEntry::label).toList()) + ")"));
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
