package org.productivityplan.analysis.internal.panel;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.productivityplan.analysis.PanelSummary;
import org.productivityplan.analysis.PanelSummary.AskGroup;
import org.productivityplan.analysis.PanelSummary.BarrierGroup;
import org.productivityplan.analysis.PanelSummary.Coverage;
import org.productivityplan.analysis.PanelSummary.EndorsementState;
import org.productivityplan.analysis.PanelSummary.KpiUse;
import org.productivityplan.analysis.PanelSummary.PlanEntry;
import org.productivityplan.analysis.PanelSummary.PublicationState;
import org.productivityplan.analysis.PanelSummary.SpendFigure;
import org.productivityplan.analysis.PanelSummary.SpendTotal;
import org.productivityplan.analysis.PanelSummary.TypeCount;
import org.productivityplan.analysis.PanelSummary.Unreadable;
import org.productivityplan.model.Barrier;
import org.productivityplan.model.BarrierCategory;
import org.productivityplan.model.CouncilType;
import org.productivityplan.model.DocumentControl;
import org.productivityplan.model.FinancialYear;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.KpiSource;
import org.productivityplan.model.KpiSourceKind;
import org.productivityplan.model.Money;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.SpendCategory;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.RuleInfo;
import org.productivityplan.validation.ValidationReport;

/**
 * What {@link PanelSummary.Builder} keeps between plans: one row per plan (its entry, the rules and
 * themes it does not meet as bits), and running counts of asks and KPIs keyed by their normalised
 * words. Plans themselves are never kept.
 *
 * <p>Not thread-safe.
 */
public final class Accumulator {

  /** The parts of a summary, computed from what was accumulated. */
  public record Parts(
      List<PlanEntry> plans,
      List<Unreadable> unreadable,
      List<Coverage> rules,
      List<Coverage> themes,
      List<SpendTotal> spendTotals,
      List<BarrierGroup> barriers,
      List<KpiUse> kpis,
      int truncatedReports) {}

  /** One plan: what is shown of it, and the rules and themes it does not meet. */
  private record Row(PlanEntry entry, BitSet rulesNotMet, int themesNotMet) {}

  /** The running count of one ask or KPI. */
  private static final class Tally {
    String shown;
    int plans;
    int mentions;

    Tally(String shown) {
      this.shown = shown;
    }

    void see(String wording) {
      if (wording.compareTo(shown) < 0) {
        shown = wording;
      }
      mentions++;
    }
  }

  /** The running counts of one barrier category. */
  private static final class CategoryTally {
    int plans;
    int barriers;
    final Map<String, Tally> asks = new HashMap<>();
  }

  /** The order in which councils are listed: by name, ignoring case, then by source. */
  static final Comparator<PlanEntry> ALPHABETICAL =
      Comparator.comparing((PlanEntry e) -> e.council().toLowerCase(Locale.ROOT))
          .thenComparing(PlanEntry::council)
          .thenComparing(PlanEntry::source);

  private final List<RuleInfo> rules;
  private final Map<String, Integer> ruleIndex = new HashMap<>();
  private final List<Row> rows = new ArrayList<>();
  private final List<Unreadable> unreadable = new ArrayList<>();
  /** By barrier category's ordinal; the last slot is for barriers of no category. */
  private final CategoryTally[] categories = new CategoryTally[BarrierCategory.values().length + 1];
  /** KPIs by source kind (or "none") and metric id or normalised name. */
  private final Map<String, Tally> kpis = new HashMap<>();
  private final Map<String, KpiUse> kpiIdentity = new HashMap<>();
  private int truncated;

  /**
   * Starts with no plan.
   *
   * @param rules the rules whose coverage is counted
   */
  public Accumulator(List<RuleInfo> rules) {
    this.rules = rules;
    for (int i = 0; i < rules.size(); i++) {
      if (ruleIndex.putIfAbsent(rules.get(i).id(), i) != null) {
        throw new IllegalArgumentException("The rule " + rules.get(i).id() + " is listed twice");
      }
    }
  }

  /**
   * Adds a plan.
   *
   * @param plan the plan
   * @param report its report
   * @param source where it was read from
   */
  public void add(ProductivityPlan plan, ValidationReport report, String source) {
    BitSet notMet = new BitSet(rules.size());
    for (Finding finding : report.findings()) {
      Integer index = ruleIndex.get(finding.ruleId());
      if (index != null) {
        notMet.set(index);
      }
    }
    int themesNotMet = 0;
    for (Theme theme : report.countsByTheme().keySet()) {
      themesNotMet |= 1 << theme.ordinal();
    }
    if (report.isTruncated()) {
      truncated++;
    }
    List<SpendFigure> spend = new ArrayList<>(plan.specifiedSpend().size());
    for (SpecifiedSpend line : plan.specifiedSpend()) {
      spend.add(
          new SpendFigure(
              line.category(),
              line.scope().orElse(null),
              line.financialYear().orElse(null),
              line.amount().orElse(null),
              line.shareOfPayBill().orElse(null),
              line.otherMeasure().map(m -> m.value()).orElse(null),
              line.otherMeasure().map(m -> m.unit()).orElse(null)));
    }
    String council = plan.council().name();
    PlanEntry entry =
        new PlanEntry(
            council,
            council,
            plan.council().gssCode().orElse(null),
            plan.council().type().orElse(null),
            source,
            plan.status().orElse(null),
            endorsement(plan),
            publication(plan),
            plan.documentControl().flatMap(DocumentControl::pageCount).orElse(null),
            plan.kpis().size(),
            plan.barriers().size(),
            spend,
            report.isValid(),
            report.isComplete());
    rows.add(new Row(entry, notMet, themesNotMet));
    addBarriers(plan.barriers());
    addKpis(plan.kpis());
  }

  private static EndorsementState endorsement(ProductivityPlan plan) {
    return plan.endorsement()
        .map(e -> e.date().isPresent() ? EndorsementState.DATED : EndorsementState.UNDATED)
        .orElse(EndorsementState.NOT_RECORDED);
  }

  private static PublicationState publication(ProductivityPlan plan) {
    return plan.publication()
        .map(
            p ->
                p.address().filter(a -> !a.isBlank()).isPresent()
                    ? PublicationState.ADDRESS_GIVEN
                    : PublicationState.NO_ADDRESS)
        .orElse(PublicationState.NOT_RECORDED);
  }

  private void addBarriers(List<Barrier> barriers) {
    Set<Integer> categoriesRaised = new HashSet<>();
    Set<String> asksMade = new HashSet<>();
    for (Barrier barrier : barriers) {
      int slot = barrier.category().map(Enum::ordinal).orElse(categories.length - 1);
      CategoryTally tally = categories[slot];
      if (tally == null) {
        tally = new CategoryTally();
        categories[slot] = tally;
      }
      tally.barriers++;
      if (categoriesRaised.add(slot)) {
        tally.plans++;
      }
      for (String ask : barrier.asks().orElse(List.of())) {
        String wording = ask.strip();
        String key = Wording.key(wording);
        if (key.isEmpty()) {
          continue;
        }
        Tally askTally = tally.asks.computeIfAbsent(key, k -> new Tally(wording));
        askTally.see(wording);
        if (asksMade.add(slot + " " + key)) {
          askTally.plans++;
        }
      }
    }
  }

  private void addKpis(List<Kpi> planKpis) {
    Set<String> used = new HashSet<>();
    for (Kpi kpi : planKpis) {
      KpiSourceKind kind = kpi.source().map(KpiSource::kind).orElse(null);
      String metricId = kpi.source().flatMap(KpiSource::metricId).orElse(null);
      String name = kpi.source().flatMap(KpiSource::name).orElse(kpi.name()).strip();
      String identity =
          metricId != null && !metricId.isBlank()
              ? "id " + metricId.strip().toLowerCase(Locale.ROOT)
              : "name " + Wording.key(name);
      String key = (kind == null ? "none" : kind.code()) + " " + identity;
      Tally tally = kpis.computeIfAbsent(key, k -> new Tally(name));
      tally.see(name);
      if (used.add(key)) {
        tally.plans++;
      }
      kpiIdentity.merge(key, new KpiUse(kind, metricId, name, 0), Accumulator::leastMetricId);
    }
  }

  /** Of two wordings of one metric id, keeps the first alphabetically, whatever the order met. */
  private static KpiUse leastMetricId(KpiUse a, KpiUse b) {
    return String.valueOf(b.metricId()).compareTo(String.valueOf(a.metricId())) < 0 ? b : a;
  }

  /**
   * Adds an input that yielded no plan.
   *
   * @param source its name
   * @param problems the problems met reading it; only the errors are kept
   */
  public void addUnreadable(String source, List<Finding> problems) {
    List<Finding> errors = new ArrayList<>();
    for (Finding problem : problems) {
      if (Objects.requireNonNull(problem, "a problem is null").severity() == Severity.ERROR) {
        errors.add(problem);
      }
    }
    unreadable.add(new Unreadable(source, errors.isEmpty() ? problems : errors));
  }

  /**
   * Computes the summary's parts from what was accumulated.
   *
   * @return the parts
   */
  public Parts parts() {
    List<Row> sorted = labelled();
    List<PlanEntry> plans = sorted.stream().map(Row::entry).toList();
    List<Coverage> ruleCoverage = new ArrayList<>(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      RuleInfo rule = rules.get(i);
      int index = i;
      ruleCoverage.add(
          coverage(rule.id(), rule.name(), rule.theme().orElse(null), sorted, row -> row.rulesNotMet().get(index)));
    }
    List<Coverage> themeCoverage = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      int bit = 1 << theme.ordinal();
      themeCoverage.add(
          coverage(theme.code(), theme.title(), theme, sorted, row -> (row.themesNotMet() & bit) != 0));
    }
    return new Parts(
        plans,
        List.copyOf(unreadable),
        List.copyOf(ruleCoverage),
        List.copyOf(themeCoverage),
        spendTotals(plans),
        barrierGroups(),
        kpiUses(),
        truncated);
  }

  /** The rows alphabetically, each labelled by its council, and by its source too when shared. */
  private List<Row> labelled() {
    Map<String, Integer> names = new HashMap<>();
    for (Row row : rows) {
      names.merge(row.entry().council(), 1, Integer::sum);
    }
    List<Row> sorted = new ArrayList<>(rows.size());
    for (Row row : rows) {
      PlanEntry e = row.entry();
      String label = names.get(e.council()) > 1 ? e.council() + " (" + e.source() + ")" : e.council();
      PlanEntry entry =
          new PlanEntry(
              label, e.council(), e.gssCode(), e.type(), e.source(), e.status(), e.endorsement(),
              e.publication(), e.pageCount(), e.kpis(), e.barriers(), e.spend(), e.valid(),
              e.complete());
      sorted.add(new Row(entry, row.rulesNotMet(), row.themesNotMet()));
    }
    sorted.sort(Comparator.comparing(Row::entry, ALPHABETICAL));
    return sorted;
  }

  private interface NotMet {
    boolean test(Row row);
  }

  private static Coverage coverage(
      String id, String name, @Nullable Theme theme, List<Row> rows, NotMet notMet) {
    int types = CouncilType.values().length;
    int[] plansByType = new int[types + 1];
    int[] meetingByType = new int[types + 1];
    List<PlanEntry> notMeeting = new ArrayList<>();
    for (Row row : rows) {
      CouncilType type = row.entry().type();
      int slot = type == null ? types : type.ordinal();
      plansByType[slot]++;
      if (notMet.test(row)) {
        notMeeting.add(row.entry());
      } else {
        meetingByType[slot]++;
      }
    }
    List<TypeCount> byType = new ArrayList<>();
    for (int slot = 0; slot <= types; slot++) {
      if (plansByType[slot] > 0) {
        byType.add(
            new TypeCount(
                slot == types ? null : CouncilType.values()[slot],
                plansByType[slot],
                meetingByType[slot]));
      }
    }
    return new Coverage(
        id, name, theme, rows.size(), rows.size() - notMeeting.size(), byType, notMeeting);
  }

  private static List<SpendTotal> spendTotals(List<PlanEntry> plans) {
    Map<SpendCategory, Map<FinancialYear, Money>> totals = new TreeMap<>();
    Map<SpendCategory, Map<FinancialYear, Set<PlanEntry>>> contributors = new TreeMap<>();
    for (PlanEntry plan : plans) {
      for (SpendFigure figure : plan.spend()) {
        Money amount = figure.amount();
        FinancialYear year = figure.financialYear();
        if (amount == null || year == null) {
          continue;
        }
        totals.computeIfAbsent(figure.category(), c -> new TreeMap<>()).merge(year, amount, Money::plus);
        contributors
            .computeIfAbsent(figure.category(), c -> new TreeMap<>())
            .computeIfAbsent(year, y -> new HashSet<>())
            .add(plan);
      }
    }
    List<SpendTotal> result = new ArrayList<>();
    totals.forEach(
        (category, byYear) ->
            byYear.forEach(
                (year, total) ->
                    result.add(
                        new SpendTotal(
                            category, year, total, contributors.get(category).get(year).size()))));
    return List.copyOf(result);
  }

  private List<BarrierGroup> barrierGroups() {
    List<BarrierGroup> groups = new ArrayList<>();
    BarrierCategory[] all = BarrierCategory.values();
    for (int slot = 0; slot < categories.length; slot++) {
      CategoryTally tally = categories[slot];
      if (tally == null) {
        continue;
      }
      List<AskGroup> asks = new ArrayList<>();
      tally.asks.forEach((key, t) -> asks.add(new AskGroup(t.shown, key, t.plans, t.mentions)));
      asks.sort(
          Comparator.comparingInt(AskGroup::plans)
              .reversed()
              .thenComparing(AskGroup::ask)
              .thenComparing(AskGroup::key));
      groups.add(
          new BarrierGroup(slot < all.length ? all[slot] : null, tally.plans, tally.barriers, asks));
    }
    return List.copyOf(groups);
  }

  private List<KpiUse> kpiUses() {
    Map<String, KpiUse> uses = new LinkedHashMap<>();
    kpis.forEach(
        (key, tally) -> {
          KpiUse first = kpiIdentity.get(key);
          uses.put(key, new KpiUse(first.source(), first.metricId(), tally.shown, tally.plans));
        });
    List<KpiUse> sorted = new ArrayList<>(uses.values());
    sorted.sort(
        Comparator.comparingInt(KpiUse::plans)
            .reversed()
            .thenComparing(KpiUse::name)
            .thenComparing(k -> k.source() == null ? "" : k.source().code())
            .thenComparing(k -> k.metricId() == null ? "" : k.metricId()));
    return List.copyOf(sorted);
  }
}
