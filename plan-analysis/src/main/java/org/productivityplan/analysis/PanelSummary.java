package org.productivityplan.analysis;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.productivityplan.analysis.internal.panel.Accumulator;
import org.productivityplan.analysis.internal.panel.PanelCsv;
import org.productivityplan.analysis.internal.panel.PanelJson;
import org.productivityplan.analysis.internal.panel.PanelText;
import org.productivityplan.model.BarrierCategory;
import org.productivityplan.model.CouncilType;
import org.productivityplan.model.FinancialYear;
import org.productivityplan.model.Finding;
import org.productivityplan.model.KpiSourceKind;
import org.productivityplan.model.Money;
import org.productivityplan.model.Percentage;
import org.productivityplan.model.PlanStatus;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.SpendCategory;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.RuleInfo;
import org.productivityplan.validation.ValidationReport;

/**
 * The review panel's view across many plans: how many plans meet each rule and theme of the
 * guidance and which councils do not, the specified spend each plan states, the barriers councils
 * raise and what they ask of government, the KPIs they use, and the plans' status, endorsement,
 * publication and length.
 *
 * <p><b>Streamed.</b> Build one with {@link #builder()}, feeding it one plan and its validation
 * report at a time; the builder keeps one small row per plan (the council, the facts above and the
 * rules the plan does not meet) and running counts of the asks and KPIs, never the plans
 * themselves, so memory grows with the number of councils and of distinct asks and KPI names, not
 * with the size of the plans.
 *
 * <p><b>Never a ranking.</b> Councils are listed alphabetically (then by source); asks and KPIs by
 * how many plans name them, then alphabetically. Nothing is scored, and no list is ordered by a
 * figure a council reports.
 *
 * <p>The renderings ({@link #toText()}, {@link #toJson()}, {@link #toCsv()}) are documented in
 * {@code docs/analysis.md}; the JSON follows {@code docs/panel-summary-1.0.schema.json}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PanelSummary {

  /** The version of the JSON document {@link #toJson()} writes. */
  public static final String SCHEMA_VERSION = "1.0";

  private final List<PlanEntry> plans;
  private final List<Unreadable> unreadable;
  private final List<Coverage> rules;
  private final List<Coverage> themes;
  private final List<SpendTotal> spendTotals;
  private final List<BarrierGroup> barriers;
  private final List<KpiUse> kpis;
  private final int truncatedReports;

  /**
   * Creates a summary; only the builder does.
   *
   * @param parts the computed parts
   */
  private PanelSummary(Accumulator.Parts parts) {
    this.plans = parts.plans();
    this.unreadable = parts.unreadable();
    this.rules = parts.rules();
    this.themes = parts.themes();
    this.spendTotals = parts.spendTotals();
    this.barriers = parts.barriers();
    this.kpis = parts.kpis();
    this.truncatedReports = parts.truncatedReports();
  }

  /**
   * Returns a builder that covers the rules of the standard validator (profile {@code
   * dluhc-2024}).
   *
   * @return a builder with no plan yet
   */
  public static Builder builder() {
    return builder(PlanValidator.standard().rules());
  }

  /**
   * Returns a builder that covers the given rules, such as those of the validator that checks the
   * plans ({@link PlanValidator#rules()}).
   *
   * @param rules the rules whose coverage is counted, in the order they are listed
   * @return a builder with no plan yet
   */
  public static Builder builder(List<RuleInfo> rules) {
    return new Builder(List.copyOf(Objects.requireNonNull(rules, "rules")));
  }

  /**
   * Returns the number of inputs: plans read and inputs that could not be read.
   *
   * @return the count
   */
  public int inputs() {
    return plans.size() + unreadable.size();
  }

  /**
   * Returns the plans read, alphabetically by council name, then by source.
   *
   * @return the plans
   */
  public List<PlanEntry> plans() {
    return plans;
  }

  /**
   * Returns the inputs that yielded no plan, in the order they were given.
   *
   * @return the unreadable inputs
   */
  public List<Unreadable> unreadable() {
    return unreadable;
  }

  /**
   * Returns the coverage of each rule, in the order of the rules the builder was given.
   *
   * @return one coverage per rule
   */
  public List<Coverage> rules() {
    return rules;
  }

  /**
   * Returns the coverage of each theme, in the guidance's order; a plan meets a theme when no
   * finding of its report belongs to the theme.
   *
   * @return one coverage per theme
   */
  public List<Coverage> themes() {
    return themes;
  }

  /**
   * Returns the totals of specified spend by category and financial year: each adds only amounts
   * stated for the same year, so no total mixes years; shares of the pay bill are never added.
   *
   * @return the totals, by category then year
   */
  public List<SpendTotal> spendTotals() {
    return spendTotals;
  }

  /**
   * Returns the barriers by category, in the order of {@link BarrierCategory}, then barriers given
   * no category.
   *
   * @return the categories that some plan raises
   */
  public List<BarrierGroup> barriers() {
    return barriers;
  }

  /**
   * Returns the KPIs plans use, the same measure in different words counted once: by how many
   * plans use it (most first), then by name.
   *
   * @return the KPIs
   */
  public List<KpiUse> kpis() {
    return kpis;
  }

  /**
   * Returns the plans that state no KPI, alphabetically.
   *
   * @return the plans
   */
  public List<PlanEntry> plansWithoutKpis() {
    List<PlanEntry> none = new ArrayList<>();
    for (PlanEntry plan : plans) {
      if (plan.kpis() == 0) {
        none.add(plan);
      }
    }
    return List.copyOf(none);
  }

  /**
   * Returns how many plans were given a report that left findings out (beyond the validator's
   * cap); their rule coverage may count a rule as met that is not. Zero when each report was
   * complete, as with the {@code plan panel} command.
   *
   * @return the count
   */
  public int truncatedReports() {
    return truncatedReports;
  }

  /**
   * Returns the summary as text for people.
   *
   * @return the text, ending with a newline
   */
  public String toText() {
    return PanelText.render(this);
  }

  /**
   * Writes the summary as text for people, as it goes: the text of {@link #toText()} without
   * holding it all.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException when the writer fails
   */
  public void writeText(Writer out) throws IOException {
    PanelText.write(this, Objects.requireNonNull(out, "out"));
  }

  /**
   * Returns the summary as one JSON document, per {@code docs/panel-summary-1.0.schema.json}.
   *
   * @return the JSON text, ending with a newline
   */
  public String toJson() {
    return PanelJson.render(this);
  }

  /**
   * Writes the summary as one JSON document, as it goes: the JSON of {@link #toJson()} without
   * holding it all.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException when the writer fails
   */
  public void writeJson(Writer out) throws IOException {
    PanelJson.write(this, Objects.requireNonNull(out, "out"));
  }

  /**
   * Returns the summary as CSV tables (RFC 4180, {@code \r\n} line ends), one per file name, in a
   * fixed order: {@code plans.csv}, {@code themes.csv}, {@code rules.csv}, {@code
   * spend-table.csv} (councils by category), {@code spend.csv} (one row per line of spend), {@code
   * spend-totals.csv}, {@code barriers.csv}, {@code asks.csv}, {@code kpis.csv} and {@code
   * unreadable.csv}.
   *
   * @return the tables' text by file name, without byte-order mark
   */
  public Map<String, String> toCsv() {
    return PanelCsv.render(this);
  }

  /**
   * Writes the CSV tables of {@link #toCsv()} into a directory, creating it if need be, each in
   * UTF-8 with a byte-order mark so that a spreadsheet opens it with the right characters and no
   * import wizard.
   *
   * @param directory the directory
   * @return the files written, in the order of {@link #toCsv()}
   * @throws IOException when the directory or a file cannot be written
   */
  public List<Path> writeCsv(Path directory) throws IOException {
    return PanelCsv.write(this, Objects.requireNonNull(directory, "directory"));
  }

  @Override
  public String toString() {
    return "PanelSummary{plans=" + plans.size() + ", unreadable=" + unreadable.size() + '}';
  }

  /**
   * Accumulates plans one at a time and builds the summary. Not thread-safe; use one builder per
   * thread.
   */
  public static final class Builder {

    private final Accumulator accumulator;

    private Builder(List<RuleInfo> rules) {
      this.accumulator = new Accumulator(rules);
    }

    /**
     * Adds a plan and the report of its validation. The plan is not kept: only what the summary
     * shows of it.
     *
     * @param plan the plan
     * @param report its report, whose {@link ValidationReport#source()} names the plan's source
     *     (the council's name stands in when it has none)
     * @return this builder
     */
    public Builder add(ProductivityPlan plan, ValidationReport report) {
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(report, "report");
      accumulator.add(plan, report, report.source().orElse(plan.council().name()));
      return this;
    }

    /**
     * Adds an input that yielded no plan, with the problems met reading it.
     *
     * @param source the input's name, such as a file name or {@code FILE:LINE}
     * @param problems the problems, such as those of a reader's result
     * @return this builder
     */
    public Builder addUnreadable(String source, List<Finding> problems) {
      accumulator.addUnreadable(
          Objects.requireNonNull(source, "source"), Objects.requireNonNull(problems, "problems"));
      return this;
    }

    /**
     * Builds the summary of the plans added so far. The builder can go on accumulating.
     *
     * @return the summary
     */
    public PanelSummary build() {
      return new PanelSummary(accumulator.parts());
    }
  }

  /** Whether and how a plan records its endorsement by members. */
  public enum EndorsementState {
    /** Endorsed, with a date. */
    DATED,
    /** Endorsed, with no date. */
    UNDATED,
    /** No endorsement recorded. */
    NOT_RECORDED
  }

  /** Whether and how a plan records its publication. */
  public enum PublicationState {
    /** Published, with a web address. */
    ADDRESS_GIVEN,
    /** Published, with no address. */
    NO_ADDRESS,
    /** No publication recorded. */
    NOT_RECORDED
  }

  /**
   * One plan, as the summary shows it.
   *
   * @param label the name under which the plan is listed: the council's name, followed by the
   *     source in brackets when another plan names the same council
   * @param council the council's name
   * @param gssCode the council's GSS code, or null when not stated
   * @param type the council's tier from its GSS code, or null when not known
   * @param source where the plan was read from
   * @param status the plan's stated status, or null when not stated
   * @param endorsement whether the plan records its endorsement
   * @param publication whether the plan records its publication
   * @param pageCount the number of pages of the published document, or null when not stated
   * @param kpis the number of KPIs the plan states
   * @param barriers the number of barriers the plan states
   * @param spend the plan's lines of specified spend, in the plan's order
   * @param valid whether the plan's report has no error
   * @param complete whether the plan's report has neither error nor warning
   */
  public record PlanEntry(
      String label,
      String council,
      @Nullable String gssCode,
      @Nullable CouncilType type,
      String source,
      @Nullable PlanStatus status,
      EndorsementState endorsement,
      PublicationState publication,
      @Nullable Integer pageCount,
      int kpis,
      int barriers,
      List<SpendFigure> spend,
      boolean valid,
      boolean complete) {

    /** Copies the list of spend figures. */
    public PlanEntry {
      spend = List.copyOf(spend);
    }

    /**
     * Returns the plan's figures for one category of spend.
     *
     * @param category the category
     * @return the lines of that category, in the plan's order; empty when the plan has none
     */
    public List<SpendFigure> spend(SpendCategory category) {
      return spend.stream().filter(s -> s.category() == category).toList();
    }
  }

  /**
   * One line of specified spend, with the figures as the plan states them.
   *
   * @param category what kind of spend
   * @param scope which part of the council the line covers, or null
   * @param financialYear the financial year of the figures, or null when not stated
   * @param amount the amount, or null when not stated
   * @param shareOfPayBill the share of the pay bill, or null when not stated
   * @param otherValue another measure's value, or null
   * @param otherUnit that measure's unit, or null
   */
  public record SpendFigure(
      SpendCategory category,
      @Nullable String scope,
      @Nullable FinancialYear financialYear,
      @Nullable Money amount,
      @Nullable Percentage shareOfPayBill,
      @Nullable BigDecimal otherValue,
      @Nullable String otherUnit) {

    /**
     * Tells whether the line states any figure: an amount, a share of the pay bill or another
     * measure.
     *
     * @return false when the line is "not reported"
     */
    public boolean hasFigure() {
      return amount != null || shareOfPayBill != null || otherValue != null;
    }
  }

  /**
   * The total of one category of spend for one financial year.
   *
   * @param category the category
   * @param financialYear the year every amount added was stated for
   * @param total the sum of those amounts
   * @param plans how many plans state an amount for that year
   */
  public record SpendTotal(
      SpendCategory category, FinancialYear financialYear, Money total, int plans) {}

  /**
   * How many plans meet a rule or a theme, overall and by council type, and which do not.
   *
   * @param id the rule id, such as {@code PP130}, or the theme's code
   * @param name the rule's name or the theme's title
   * @param theme the rule's theme, or the theme itself; null for a rule of no theme
   * @param plans the number of plans
   * @param meeting how many of them meet it (no finding of the rule, or of the theme)
   * @param byType the same counts by council type, in the order of {@link CouncilType}, then
   *     councils whose type is not known; only types some plan has
   * @param notMeeting the plans that do not meet it, alphabetically
   */
  public record Coverage(
      String id,
      String name,
      @Nullable Theme theme,
      int plans,
      int meeting,
      List<TypeCount> byType,
      List<PlanEntry> notMeeting) {

    /** Copies the lists. */
    public Coverage {
      byType = List.copyOf(byType);
      notMeeting = List.copyOf(notMeeting);
    }
  }

  /**
   * The plans of one council type, and how many of them meet a rule or theme.
   *
   * @param type the council type, or null for councils whose type is not known
   * @param plans the number of plans of councils of that type
   * @param meeting how many of them meet it
   */
  public record TypeCount(@Nullable CouncilType type, int plans, int meeting) {

    /**
     * Returns the type, when known.
     *
     * @return the type, or empty
     */
    public Optional<CouncilType> typeIfKnown() {
      return Optional.ofNullable(type);
    }
  }

  /**
   * The barriers of one category, how many plans raise one, and the asks they make.
   *
   * @param category the category, or null for barriers given none
   * @param plans how many plans raise a barrier of this category
   * @param barriers how many barriers of this category the plans state in all
   * @param asks the asks, the same ask in different words counted once: by how many plans make
   *     it (most first), then alphabetically
   */
  public record BarrierGroup(
      @Nullable BarrierCategory category, int plans, int barriers, List<AskGroup> asks) {

    /** Copies the list. */
    public BarrierGroup {
      asks = List.copyOf(asks);
    }
  }

  /**
   * One ask of government, however worded.
   *
   * @param ask the wording shown: of the wordings met, the first alphabetically
   * @param key the normalised words that identify the ask (see {@code docs/analysis.md})
   * @param plans how many plans make it
   * @param mentions how many times it is made in all
   */
  public record AskGroup(String ask, String key, int plans, int mentions) {}

  /**
   * A KPI plans use, however worded.
   *
   * @param source the kind of source the plans give, or null when they give none
   * @param metricId the metric's id at its source, or null
   * @param name the name shown: of the names met, the first alphabetically
   * @param plans how many plans use it
   */
  public record KpiUse(
      @Nullable KpiSourceKind source, @Nullable String metricId, String name, int plans) {}

  /**
   * An input that yielded no plan.
   *
   * @param source the input's name
   * @param problems the errors met reading it
   */
  public record Unreadable(String source, List<Finding> problems) {

    /** Copies the list. */
    public Unreadable {
      problems = List.copyOf(problems);
    }
  }
}
