package org.productivityplan.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.productivityplan.model.Barrier;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.KpiValue;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.Money;
import org.productivityplan.model.PartialDate;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Saving;
import org.productivityplan.model.Severity;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.TransformationProject;
import org.productivityplan.report.internal.ReportModel.Bar;
import org.productivityplan.report.internal.ReportModel.BarChart;
import org.productivityplan.report.internal.ReportModel.BarrierRow;
import org.productivityplan.report.internal.ReportModel.Fact;
import org.productivityplan.report.internal.ReportModel.FindingView;
import org.productivityplan.report.internal.ReportModel.Group;
import org.productivityplan.report.internal.ReportModel.KpiRow;
import org.productivityplan.report.internal.ReportModel.MilestoneMark;
import org.productivityplan.report.internal.ReportModel.Score;
import org.productivityplan.report.internal.ReportModel.Verdict;
import org.productivityplan.validation.RuleInfo;
import org.productivityplan.validation.ValidationReport;

/** Builds the {@link ReportModel} of a plan and its validation report. */
public final class ReportModels {

  /** The style sheet of every page, the plan report's and the panel summary's, inlined. */
  public static final String CSS = resource("report.css");

  /** The base64 SHA-256 of {@link #CSS}, by which each page's Content-Security-Policy allows it. */
  public static final String STYLE_HASH = sha256(CSS);

  private ReportModels() {}

  /**
   * Builds the model.
   *
   * @param plan the plan
   * @param report its validation report
   * @param rules the rules that may have produced the findings, by id, for their rationale
   * @return the model
   */
  public static ReportModel of(
      ProductivityPlan plan, ValidationReport report, Map<String, RuleInfo> rules) {
    Map<Area, List<Finding>> areas = byArea(report, rules);
    return new ReportModel(
        CSS,
        STYLE_HASH,
        Text.visible(plan.council().name()),
        Text.visible(plan.title()),
        facts(plan),
        verdict(report),
        scorecard(report, areas),
        groups(plan, areas, rules),
        spendChart(plan),
        spendNotes(plan),
        savingsChart(plan),
        kpis(plan),
        milestones(plan),
        barriers(plan));
  }

  private static List<Fact> facts(ProductivityPlan plan) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Date", plan.planDate().map(Text::date).orElse("Not stated")));
    facts.add(
        new Fact(
            "Status",
            plan.status()
                .map(s -> Text.capitalised(Text.words(s)))
                .orElse("Not stated (read as a draft)")));
    facts.add(
        new Fact(
            "Endorsement",
            plan.endorsement()
                .map(
                    e -> {
                      String who = e.body().map(Text::visible).orElse("endorsed (body not stated)");
                      return e.date().map(d -> who + ", " + Text.date(d)).orElse(who);
                    })
                .orElse("Not recorded")));
    plan.publication()
        .flatMap(p -> p.address())
        .ifPresent(a -> facts.add(new Fact("Published at", Text.visible(a))));
    plan.source().ifPresent(s -> facts.add(new Fact("Taken from", Text.visible(s))));
    return facts;
  }

  private static Verdict verdict(ValidationReport report) {
    int errors = report.count(Severity.ERROR);
    int warnings = report.count(Severity.WARNING);
    int infos = report.count(Severity.INFO);
    String headline;
    if (!report.isValid()) {
      headline =
          "Not valid: the plan's data has "
              + plural(errors, "error")
              + " to put right before its figures can be relied on.";
    } else if (!report.isComplete()) {
      headline =
          "Valid, but not complete against the 2024 guidance: it falls short in "
              + plural(warnings, "place")
              + ".";
    } else {
      headline = "Valid and complete against the 2024 guidance.";
    }
    String detail =
        plural(errors, "error")
            + ", "
            + plural(warnings, "warning")
            + " and "
            + plural(infos, "suggestion")
            + (report.isTruncated()
                ? "; only the first " + report.findings().size() + " are listed below."
                : ".");
    return new Verdict(report.isValid(), report.isComplete(), headline, detail);
  }

  private static Map<Area, List<Finding>> byArea(
      ValidationReport report, Map<String, RuleInfo> rules) {
    Map<Area, List<Finding>> areas = new EnumMap<>(Area.class);
    for (Area area : Area.values()) {
      areas.put(area, new ArrayList<>());
    }
    for (Finding finding : report.findings()) {
      areas.get(area(finding, rules)).add(finding);
    }
    return areas;
  }

  private static Area area(Finding finding, Map<String, RuleInfo> rules) {
    return Area.of(
        finding.theme(), Optional.ofNullable(rules.get(finding.ruleId())).map(RuleInfo::category));
  }

  private static List<Score> scorecard(ValidationReport report, Map<Area, List<Finding>> areas) {
    List<Score> scores = new ArrayList<>();
    for (Map.Entry<Area, List<Finding>> entry : areas.entrySet()) {
      Area area = entry.getKey();
      if (area == Area.DATA) {
        continue;
      }
      List<Finding> findings = entry.getValue();
      // Themes count as the JSON report counts them, which includes findings beyond the cap.
      int count =
          area.theme().map(t -> report.countsByTheme().getOrDefault(t, 0)).orElse(findings.size());
      boolean notMet =
          findings.stream()
              .anyMatch(
                  f ->
                      f.severity() == Severity.ERROR
                          || f.ruleId().equals(area.headlineRule())
                              && f.severity().isAtLeast(Severity.WARNING));
      boolean partly = findings.stream().anyMatch(f -> f.severity() == Severity.WARNING);
      String status = notMet ? "not-met" : partly ? "partly-met" : "met";
      scores.add(
          new Score(
              area.id(),
              area.title(),
              area.question(),
              status,
              notMet ? "Not met" : partly ? "Partly met" : "Met",
              notMet ? "✗" : partly ? "◐" : "✓",
              count));
    }
    return scores;
  }

  private static List<Group> groups(
      ProductivityPlan plan, Map<Area, List<Finding>> areas, Map<String, RuleInfo> rules) {
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<Area, List<Finding>> entry : areas.entrySet()) {
      List<FindingView> views = new ArrayList<>();
      for (Finding finding : entry.getValue()) {
        views.add(view(plan, finding, Optional.ofNullable(rules.get(finding.ruleId()))));
      }
      groups.add(new Group(entry.getKey().id(), entry.getKey().title(), views));
    }
    return groups;
  }

  private static FindingView view(ProductivityPlan plan, Finding finding, Optional<RuleInfo> rule) {
    Severity severity = finding.severity();
    return new FindingView(
        finding.ruleId(),
        severity.code(),
        severity == Severity.ERROR ? "Error" : severity == Severity.WARNING ? "Warning" : "Suggestion",
        severity == Severity.ERROR ? "⛔" : severity == Severity.WARNING ? "⚠" : "ℹ",
        Text.visible(finding.message()),
        Text.visible(Elements.of(plan, finding).name()),
        Text.visible(finding.pointer().isEmpty() ? "(the whole plan)" : finding.pointer()),
        rule.map(RuleInfo::rationale),
        rule.map(RuleInfo::summary),
        finding.guidance().or(() -> rule.map(RuleInfo::guidance)));
  }

  private static BarChart spendChart(ProductivityPlan plan) {
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    List<SpecifiedSpend> lines = new ArrayList<>(plan.specifiedSpend());
    lines.sort(
        Comparator.comparing(SpecifiedSpend::category)
            .thenComparing(
                l -> l.financialYear().orElse(null), Comparator.nullsLast(Comparator.naturalOrder())));
    BigDecimal sum = BigDecimal.ZERO;
    for (SpecifiedSpend line : lines) {
      if (line.amount().isEmpty()) {
        continue;
      }
      String label =
          Text.spendCategory(line.category())
              + line.financialYear().map(y -> ", " + Text.year(y)).orElse(", year not stated");
      totals.merge(label, line.amount().get().amount(), BigDecimal::add);
      sum = sum.add(line.amount().get().amount());
    }
    List<String> labels = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    List<String> figures = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> total : totals.entrySet()) {
      labels.add(total.getKey());
      values.add(total.getValue());
      String share =
          sum.signum() > 0
              ? " (" + Text.percent(total.getValue().multiply(BigDecimal.valueOf(100)).divide(sum, MathContext.DECIMAL64)) + ")"
              : "";
      figures.add(Text.money(total.getValue()) + share);
    }
    return chart(
        labels,
        values,
        figures,
        "Specified spend by category and financial year, in pounds, with each bar's share of the"
            + " total of "
            + Text.money(sum)
            + ".");
  }

  private static List<String> spendNotes(ProductivityPlan plan) {
    List<String> notes = new ArrayList<>();
    for (SpecifiedSpend line : plan.specifiedSpend()) {
      if (line.amount().isPresent()) {
        continue;
      }
      String name = Text.visible(Elements.spendName(line));
      String year = line.financialYear().map(y -> " in " + Text.year(y)).orElse("");
      if (line.shareOfPayBill().isPresent()) {
        notes.add(
            name + ": " + Text.number(line.shareOfPayBill().get().value()) + "% of the pay bill" + year);
      } else if (line.otherMeasure().isPresent()) {
        notes.add(
            name
                + ": "
                + Text.number(line.otherMeasure().get().value())
                + " "
                + Text.visible(line.otherMeasure().get().unit())
                + year);
      } else {
        notes.add(name + ": described without a figure" + year);
      }
    }
    return notes;
  }

  private static BarChart savingsChart(ProductivityPlan plan) {
    List<String> labels = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    List<String> figures = new ArrayList<>();
    for (TransformationProject project : plan.projects()) {
      for (Saving saving : project.savings()) {
        if (saving.amount().isEmpty()) {
          continue;
        }
        Money amount = saving.amount().get();
        String what = saving.description().map(d -> ": " + d).orElse("");
        labels.add(Text.visible(project.name() + what));
        values.add(saving.upTo().orElse(amount).amount());
        StringBuilder figure = new StringBuilder(saving.approximate() ? "about " : "");
        figure.append(Text.money(amount));
        saving.upTo().ifPresent(u -> figure.append(" to ").append(Text.money(u)));
        saving.recurring().ifPresent(r -> figure.append(r ? " a year" : " once"));
        saving.basis().ifPresent(b -> figure.append(" (").append(Text.words(b)).append(')'));
        saving.financialYear().ifPresent(y -> figure.append(", ").append(Text.year(y)));
        figures.add(figure.toString());
      }
    }
    return chart(
        labels, values, figures, "Savings the plan states for its projects, in pounds.");
  }

  private static BarChart chart(
      List<String> labels, List<BigDecimal> values, List<String> figures, String summary) {
    BigDecimal max = values.stream().max(Comparator.naturalOrder()).orElse(BigDecimal.ONE);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      int width =
          max.signum() <= 0 || values.get(i).signum() <= 0
              ? 0
              : Math.max(
                  2,
                  values.get(i)
                      .multiply(BigDecimal.valueOf(BarChart.WIDTH))
                      .divide(max, 0, RoundingMode.HALF_UP)
                      .intValue());
      bars.add(new Bar(labels.get(i), figures.get(i), width));
    }
    return new BarChart(bars, summary);
  }

  private static List<KpiRow> kpis(ProductivityPlan plan) {
    List<KpiRow> rows = new ArrayList<>();
    for (Kpi kpi : plan.kpis()) {
      Optional<KpiValue> latest =
          kpi.measurements().stream()
              .max(
                  Comparator.comparing(
                      (KpiValue v) -> v.period().flatMap(p -> p.end().or(p::start)).orElse(null),
                      Comparator.nullsFirst(Comparator.naturalOrder())));
      rows.add(
          new KpiRow(
              Text.visible(kpi.name()),
              kpi.unit().map(Text::visible).orElse(""),
              kpi.baseline().map(ReportModels::kpiValue).orElse("Not stated"),
              latest.map(ReportModels::kpiValue).orElse("None yet"),
              kpi.target().map(ReportModels::kpiValue).orElse("Not stated")));
    }
    return rows;
  }

  private static String kpiValue(KpiValue value) {
    return Text.number(value.value()) + value.period().map(p -> " (" + p + ")").orElse("");
  }

  private static List<MilestoneMark> milestones(ProductivityPlan plan) {
    record Dated(Milestone milestone, TransformationProject project) {}
    List<Dated> all = new ArrayList<>();
    for (TransformationProject project : plan.projects()) {
      for (Milestone milestone : project.milestones()) {
        all.add(new Dated(milestone, project));
      }
    }
    all.sort(
        Comparator.comparing(
            (Dated d) -> d.milestone().due().orElse(null),
            Comparator.nullsLast(Comparator.<PartialDate>naturalOrder())));
    List<MilestoneMark> marks = new ArrayList<>();
    for (Dated d : all) {
      Milestone m = d.milestone();
      marks.add(
          new MilestoneMark(
              m.due().map(Text::date).orElse("Date not stated"),
              m.due().map(PartialDate::toString).orElse(""),
              Text.visible(m.description()),
              Text.visible(d.project().name()),
              m.status().map(s -> Text.capitalised(Text.words(s))).orElse("Status not stated")));
    }
    return marks;
  }

  private static List<BarrierRow> barriers(ProductivityPlan plan) {
    List<BarrierRow> rows = new ArrayList<>();
    for (Barrier barrier : plan.barriers()) {
      List<String> asks = barrier.asks().orElse(List.of()).stream().map(Text::visible).toList();
      String note =
          barrier.asks().isEmpty() ? "Not stated" : asks.isEmpty() ? "Nothing asked" : "";
      rows.add(
          new BarrierRow(
              Text.visible(
                  barrier.title()
                      .or(() -> barrier.category().map(c -> Text.capitalised(Text.words(c))))
                      .orElse(barrier.id())),
              barrier.description().map(Text::visible).orElse(""),
              asks,
              note));
    }
    return rows;
  }

  private static String plural(int count, String noun) {
    return count + " " + (count == 1 ? noun : noun + "s");
  }

  private static String resource(String name) {
    try (InputStream in =
        Objects.requireNonNull(
            ReportModels.class.getResourceAsStream(name), "missing resource " + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
