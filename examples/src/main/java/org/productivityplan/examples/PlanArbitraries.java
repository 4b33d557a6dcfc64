package org.productivityplan.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.productivityplan.io.PlanJson;
import org.productivityplan.model.AssuranceActivity;
import org.productivityplan.model.AssuranceKind;
import org.productivityplan.model.Barrier;
import org.productivityplan.model.BarrierCategory;
import org.productivityplan.model.BenefitBasis;
import org.productivityplan.model.Council;
import org.productivityplan.model.CouncilContext;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.CouncilPlanOutcome;
import org.productivityplan.model.DateRange;
import org.productivityplan.model.DocumentControl;
import org.productivityplan.model.DocumentOwner;
import org.productivityplan.model.Endorsement;
import org.productivityplan.model.Endorser;
import org.productivityplan.model.FinancialYear;
import org.productivityplan.model.ForumKind;
import org.productivityplan.model.Frequency;
import org.productivityplan.model.KeyFigure;
import org.productivityplan.model.KeyPriority;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.KpiDirection;
import org.productivityplan.model.KpiSource;
import org.productivityplan.model.KpiSourceKind;
import org.productivityplan.model.KpiValue;
import org.productivityplan.model.Measure;
import org.productivityplan.model.MeasuredOutcome;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.MilestoneStatus;
import org.productivityplan.model.MonitoringArrangement;
import org.productivityplan.model.Money;
import org.productivityplan.model.PartialDate;
import org.productivityplan.model.Percentage;
import org.productivityplan.model.PlanStatus;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.ProgressUpdate;
import org.productivityplan.model.ProjectStatus;
import org.productivityplan.model.Publication;
import org.productivityplan.model.RawJson;
import org.productivityplan.model.ReductionTarget;
import org.productivityplan.model.Revision;
import org.productivityplan.model.Saving;
import org.productivityplan.model.SchemaVersion;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.SpendCategory;
import org.productivityplan.model.Submission;
import org.productivityplan.model.Theme;
import org.productivityplan.model.TransformationProject;

/**
 * Seeded generators of arbitrary plans, for property tests of code that reads, writes or checks
 * plans. Each method draws one value from a {@link Random}, so the same seed always gives the same
 * plan and a failing case is reproduced from its seed; any property-testing runner can drive them.
 *
 * <p>{@link #plan(Random)} reaches every type and every property of the model over many draws, with
 * awkward strings (quotes, control characters, lone surrogates, characters outside the Basic
 * Multilingual Plane, the empty string), exact decimals of many scales, partial dates of each
 * precision, open and closed date ranges, barriers' "stated as none" asks ({@code []}), newer minor
 * schema versions, and unknown properties holding arbitrary JSON.
 *
 * <p>Every generated plan satisfies the format's round-trip law: with {@code PlanJson json},
 * {@code json.read(json.write(p)).value()} is {@code Optional.of(p)}, and what the writer writes is
 * valid against {@code PlanJson.schema()}:
 *
 * <pre>{@code
 * for (long seed = 0; seed < 200; seed++) {
 *   ProductivityPlan plan = PlanArbitraries.plan(new Random(seed));
 *   assertThat(json.read(json.write(plan)).value()).as("seed %d", seed).contains(plan);
 * }
 * }</pre>
 *
 * <p>Values stay within what the format can carry: decimals have no negative scale (the writer
 * writes plain decimals, so {@code 1E+3} would read back as {@code 1000}, a different {@code
 * BigDecimal}), the schema version's major is 1, and unknown properties' raw JSON is in the compact
 * canonical form a reader produces. Plans are kept small (lists of up to {@value #MAX_LIST}
 * elements) so that hundreds of draws stay quick.
 *
 * <p>Not instantiable; the methods keep no state and are safe to call from any thread (a {@code
 * Random} itself should not be shared between threads).
 */
public final class PlanArbitraries {

  /** The most elements a generated list has. */
  public static final int MAX_LIST = 3;

  private static final double OPTIONAL = 0.6;
  private static final double UNKNOWN = 0.15;
  private static final int MAX_JSON_DEPTH = 3;

  private static final String[] AWKWARD = {
    "", " ", "\"", "\\", "/", "\u0000", "\u001f", "\u007f", "line\nbreak\r\n", "tab\t", "\u2028",
    "£13.1m", "Fête", "\ud83d\ude00", "\ud800", "\udc00x", "null", "{}"
  };

  private static final String[] RAW_NUMBERS = {"0", "-0", "1e5", "2.50", "-1.5E-3", "12345678901234567890"};

  private PlanArbitraries() {}

  /**
   * Generates a string: printable ASCII mostly, sometimes any UTF-16 characters (lone surrogates
   * included), sometimes one of the strings JSON makes awkward.
   *
   * @param r the random source
   * @return the string
   */
  public static String text(Random r) {
    int kind = r.nextInt(8);
    if (kind == 0) {
      return AWKWARD[r.nextInt(AWKWARD.length)];
    }
    int length = r.nextInt(kind <= 2 ? 7 : 13);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(kind <= 2 ? (char) r.nextInt(Character.MAX_VALUE + 1) : (char) (' ' + r.nextInt(95)));
    }
    return s.toString();
  }

  /**
   * Generates an exact decimal of scale 0 to 6, below a million million in magnitude, negative ones
   * included.
   *
   * @param r the random source
   * @return the decimal
   */
  public static BigDecimal decimal(Random r) {
    return BigDecimal.valueOf(r.nextLong() % 1_000_000_000_000L, r.nextInt(7));
  }

  /**
   * Generates an amount of money, pence and fractions of a penny included.
   *
   * @param r the random source
   * @return the amount
   */
  public static Money money(Random r) {
    return Money.ofPounds(decimal(r));
  }

  /**
   * Generates a percentage, out-of-range ones included (a plan may state them; the rule engine
   * reports them).
   *
   * @param r the random source
   * @return the percentage
   */
  public static Percentage percentage(Random r) {
    return Percentage.of(decimal(r));
  }

  /**
   * Generates a financial year: 2015/16 to 2030/31 mostly, any the model holds sometimes.
   *
   * @param r the random source
   * @return the financial year
   */
  public static FinancialYear financialYear(Random r) {
    return r.nextInt(5) > 0
        ? FinancialYear.of(2015 + r.nextInt(16))
        : FinancialYear.of(FinancialYear.MIN_START_YEAR
            + r.nextInt(FinancialYear.MAX_START_YEAR - FinancialYear.MIN_START_YEAR + 1));
  }

  /**
   * Generates a day from the years 1000 to 9999.
   *
   * @param r the random source
   * @return the day
   */
  public static LocalDate localDate(Random r) {
    long first = LocalDate.of(1000, 1, 1).toEpochDay();
    long last = LocalDate.of(9999, 12, 31).toEpochDay();
    return LocalDate.ofEpochDay(first + Math.floorMod(r.nextLong(), last - first + 1));
  }

  /**
   * Generates a partial date known to the year, the month or the day.
   *
   * @param r the random source
   * @return the partial date
   */
  public static PartialDate partialDate(Random r) {
    LocalDate day = localDate(r);
    switch (r.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(day.getYear());
      case 1:
        return PartialDate.of(YearMonth.from(day));
      default:
        return PartialDate.of(day);
    }
  }

  /**
   * Generates a date range: closed, open at the end, or open at the start.
   *
   * @param r the random source
   * @return the range
   */
  public static DateRange dateRange(Random r) {
    switch (r.nextInt(3)) {
      case 0:
        return DateRange.of(partialDate(r), partialDate(r));
      case 1:
        return DateRange.startingAt(partialDate(r));
      default:
        return DateRange.endingAt(partialDate(r));
    }
  }

  /**
   * Generates a readable schema version: {@code 1.0} mostly, newer minor versions sometimes.
   *
   * @param r the random source
   * @return the version
   */
  public static SchemaVersion schemaVersion(Random r) {
    return r.nextInt(5) > 0 ? SchemaVersion.CURRENT : SchemaVersion.of(1, r.nextInt(1000));
  }

  /**
   * Generates a GSS code: a well-formed English council code mostly ({@code E06} to {@code E10}
   * and six digits), any text sometimes, since the format holds any string and the rule engine
   * checks the form.
   *
   * @param r the random source
   * @return the code
   */
  public static String gssCode(Random r) {
    if (r.nextInt(5) == 0) {
      return text(r);
    }
    String[] prefixes = {"E06", "E07", "E08", "E09", "E10"};
    return prefixes[r.nextInt(prefixes.length)] + String.format("%06d", r.nextInt(1_000_000));
  }

  /**
   * Generates the narratives of some of the themes.
   *
   * @param r the random source
   * @return the narratives by theme
   */
  public static Map<Theme, String> narratives(Random r) {
    Map<Theme, String> map = new EnumMap<>(Theme.class);
    for (Theme t : Theme.values()) {
      if (r.nextBoolean()) {
        map.put(t, text(r));
      }
    }
    return map;
  }

  /**
   * Generates a JSON value (null, a boolean, a number with or without an exponent, a string, or an
   * array or object nested up to three deep) as the compact canonical {@link RawJson} that a reader
   * keeps for an unknown property.
   *
   * @param r the random source
   * @return the raw JSON
   */
  public static RawJson rawJson(Random r) {
    return PlanJson.rawJson(json(r, 0));
  }

  /**
   * Generates unknown properties, perhaps none: names starting with {@code x} (no property of the
   * format does), values arbitrary JSON.
   *
   * @param r the random source
   * @return the unknown properties, in order
   */
  public static Map<String, RawJson> unknownProperties(Random r) {
    Map<String, RawJson> map = new LinkedHashMap<>();
    int n = r.nextInt(MAX_LIST + 1);
    for (int i = 0; i < n; i++) {
      map.put("x" + text(r), rawJson(r));
    }
    return map;
  }

  private static String json(Random r, int depth) {
    int kind = r.nextInt(depth >= MAX_JSON_DEPTH ? 6 : 8);
    switch (kind) {
      case 0:
        return "null";
      case 1:
        return Boolean.toString(r.nextBoolean());
      case 2:
        return RAW_NUMBERS[r.nextInt(RAW_NUMBERS.length)];
      case 3:
        return Long.toString(r.nextLong());
      case 4:
        return decimal(r).toPlainString();
      case 5:
        return quote(text(r));
      case 6: {
        List<String> elements = new ArrayList<>();
        int n = r.nextInt(MAX_LIST + 1);
        for (int i = 0; i < n; i++) {
          elements.add(json(r, depth + 1));
        }
        return "[" + String.join(",", elements) + "]";
      }
      default: {
        Map<String, String> members = new LinkedHashMap<>();
        int n = r.nextInt(MAX_LIST + 1);
        for (int i = 0; i < n; i++) {
          members.put(text(r), json(r, depth + 1));
        }
        StringBuilder b = new StringBuilder("{");
        members.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append(quote(k)).append(':').append(v));
        return b.append('}').toString();
      }
    }
  }

  /**
   * Quotes a string as a JSON literal, every character but letters, digits and spaces as a {@code
   * \}{@code u} escape; {@link PlanJson#rawJson} then puts the value in canonical form.
   */
  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c) || c == ' ') {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }

  private static <T> List<T> list(Random r, Function<Random, T> element) {
    int n = r.nextInt(MAX_LIST + 1);
    List<T> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(element.apply(r));
    }
    return list;
  }

  private static <E> E pick(Random r, E[] values) {
    return values[r.nextInt(values.length)];
  }

  /**
   * Generates a productivity plan ({@link ProductivityPlan}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static ProductivityPlan plan(Random r) {
    ProductivityPlan.Builder b = ProductivityPlan.builder();
    b.schemaVersion(schemaVersion(r));
    b.council(council(r, 0));
    b.title(text(r));
    if (r.nextDouble() < OPTIONAL) {
      b.planDate(partialDate(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.status(pick(r, PlanStatus.values()));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.source(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.introduction(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.notAssessed(list(r, x -> pick(x, Theme.values())));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.coverageNote(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.narratives(narratives(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.context(councilContext(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.councilPlan(councilPlan(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.projects(list(r, PlanArbitraries::transformationProject));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.specifiedSpend(list(r, PlanArbitraries::specifiedSpend));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.barriers(list(r, PlanArbitraries::barrier));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.kpis(list(r, PlanArbitraries::kpi));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.monitoringArrangements(list(r, PlanArbitraries::monitoringArrangement));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.progressUpdates(list(r, PlanArbitraries::progressUpdate));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.documentControl(documentControl(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.endorsement(endorsement(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.submission(submission(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.publication(publication(r));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a council ({@link Council}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static Council council(Random r) {
    return council(r, 0);
  }

  private static Council council(Random r, int depth) {
    Council.Builder b = Council.builder();
    b.name(text(r));
    if (r.nextDouble() < OPTIONAL) {
      b.gssCode(gssCode(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.formed(partialDate(r));
    }
    if (depth == 0 && r.nextDouble() < OPTIONAL) {
      b.predecessors(list(r, x -> council(x, depth + 1)));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a council context ({@link CouncilContext}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static CouncilContext councilContext(Random r) {
    CouncilContext.Builder b = CouncilContext.builder();
    if (r.nextDouble() < OPTIONAL) {
      b.financialPosition(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.reserves(money(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.reservesNarrative(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.hasHousingRevenueAccount(r.nextBoolean());
    }
    if (r.nextDouble() < OPTIONAL) {
      b.productivityUnderstanding(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.productivityMeasurement(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.strategicFramework(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.assuranceActivities(list(r, PlanArbitraries::assuranceActivity));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.keyFigures(list(r, PlanArbitraries::keyFigure));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a assurance activity ({@link AssuranceActivity}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static AssuranceActivity assuranceActivity(Random r) {
    AssuranceActivity.Builder b = AssuranceActivity.builder();
    b.description(text(r));
    if (r.nextDouble() < OPTIONAL) {
      b.kind(pick(r, AssuranceKind.values()));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.body(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.date(partialDate(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.frequency(pick(r, Frequency.values()));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.conclusion(text(r));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a key figure ({@link KeyFigure}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static KeyFigure keyFigure(Random r) {
    KeyFigure.Builder b = KeyFigure.builder();
    b.description(text(r));
    if (r.nextDouble() < OPTIONAL) {
      b.amount(money(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.measure(measure(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.financialYear(financialYear(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.period(dateRange(r));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a measure ({@link Measure}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static Measure measure(Random r) {
    Measure.Builder b = Measure.builder();
    b.value(decimal(r));
    if (r.nextDouble() < OPTIONAL) {
      b.upTo(decimal(r));
    }
    b.unit(text(r));
    b.approximate(r.nextBoolean());
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a transformation project ({@link TransformationProject}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static TransformationProject transformationProject(Random r) {
    TransformationProject.Builder b = TransformationProject.builder();
    b.id(text(r));
    b.name(text(r));
    if (r.nextDouble() < OPTIONAL) {
      b.description(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.status(pick(r, ProjectStatus.values()));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.themes(list(r, x -> pick(x, Theme.values())));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.serviceArea(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.parentId(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.period(dateRange(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.milestones(list(r, PlanArbitraries::milestone));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.partners(list(r, PlanArbitraries::text));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.savings(list(r, PlanArbitraries::saving));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.outcomes(list(r, PlanArbitraries::measuredOutcome));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.kpiIds(list(r, PlanArbitraries::text));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.councilPlanOutcomeIds(list(r, PlanArbitraries::text));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a milestone ({@link Milestone}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static Milestone milestone(Random r) {
    Milestone.Builder b = Milestone.builder();
    b.id(text(r));
    b.description(text(r));
    if (r.nextDouble() < OPTIONAL) {
      b.due(partialDate(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.status(pick(r, MilestoneStatus.values()));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a saving ({@link Saving}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static Saving saving(Random r) {
    Saving.Builder b = Saving.builder();
    if (r.nextDouble() < OPTIONAL) {
      b.description(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.basis(pick(r, BenefitBasis.values()));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.amount(money(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.upTo(money(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.recurring(r.nextBoolean());
    }
    if (r.nextDouble() < OPTIONAL) {
      b.financialYear(financialYear(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.from(partialDate(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.by(partialDate(r));
    }
    b.approximate(r.nextBoolean());
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a measured outcome ({@link MeasuredOutcome}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static MeasuredOutcome measuredOutcome(Random r) {
    MeasuredOutcome.Builder b = MeasuredOutcome.builder();
    b.description(text(r));
    if (r.nextDouble() < OPTIONAL) {
      b.measure(measure(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.basis(pick(r, BenefitBasis.values()));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a specified spend ({@link SpecifiedSpend}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static SpecifiedSpend specifiedSpend(Random r) {
    SpecifiedSpend.Builder b = SpecifiedSpend.builder();
    b.id(text(r));
    b.category(pick(r, SpendCategory.values()));
    if (r.nextDouble() < OPTIONAL) {
      b.scope(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.financialYear(financialYear(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.amount(money(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.shareOfPayBill(percentage(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.otherMeasure(measure(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.narrative(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.reductionTarget(reductionTarget(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.retentionReason(text(r));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a reduction target ({@link ReductionTarget}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static ReductionTarget reductionTarget(Random r) {
    ReductionTarget.Builder b = ReductionTarget.builder();
    if (r.nextDouble() < OPTIONAL) {
      b.amount(money(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.share(percentage(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.financialYear(financialYear(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.description(text(r));
    }
    b.approximate(r.nextBoolean());
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a barrier ({@link Barrier}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static Barrier barrier(Random r) {
    Barrier.Builder b = Barrier.builder();
    b.id(text(r));
    if (r.nextDouble() < OPTIONAL) {
      b.title(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.category(pick(r, BarrierCategory.values()));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.description(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.asks(list(r, PlanArbitraries::text));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a KPI ({@link Kpi}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static Kpi kpi(Random r) {
    Kpi.Builder b = Kpi.builder();
    b.id(text(r));
    b.name(text(r));
    if (r.nextDouble() < OPTIONAL) {
      b.description(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.unit(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.direction(pick(r, KpiDirection.values()));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.baseline(kpiValue(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.target(kpiValue(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.measurements(list(r, PlanArbitraries::kpiValue));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.source(kpiSource(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.projectIds(list(r, PlanArbitraries::text));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a KPI value ({@link KpiValue}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static KpiValue kpiValue(Random r) {
    KpiValue.Builder b = KpiValue.builder();
    b.value(decimal(r));
    if (r.nextDouble() < OPTIONAL) {
      b.period(dateRange(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.note(text(r));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a KPI source ({@link KpiSource}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static KpiSource kpiSource(Random r) {
    KpiSource.Builder b = KpiSource.builder();
    b.kind(pick(r, KpiSourceKind.values()));
    if (r.nextDouble() < OPTIONAL) {
      b.metricId(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.name(text(r));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a monitoring arrangement ({@link MonitoringArrangement}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static MonitoringArrangement monitoringArrangement(Random r) {
    MonitoringArrangement.Builder b = MonitoringArrangement.builder();
    b.forum(text(r));
    if (r.nextDouble() < OPTIONAL) {
      b.kind(pick(r, ForumKind.values()));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.frequency(pick(r, Frequency.values()));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.reviews(text(r));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a progress update ({@link ProgressUpdate}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static ProgressUpdate progressUpdate(Random r) {
    ProgressUpdate.Builder b = ProgressUpdate.builder();
    if (r.nextDouble() < OPTIONAL) {
      b.date(partialDate(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.summary(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.address(text(r));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a document control ({@link DocumentControl}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static DocumentControl documentControl(Random r) {
    DocumentControl.Builder b = DocumentControl.builder();
    if (r.nextDouble() < OPTIONAL) {
      b.revisions(list(r, PlanArbitraries::revision));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.owners(list(r, PlanArbitraries::documentOwner));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.distribution(list(r, PlanArbitraries::text));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.pageCount(r.nextInt());
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a revision ({@link Revision}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static Revision revision(Random r) {
    Revision.Builder b = Revision.builder();
    b.version(text(r));
    if (r.nextDouble() < OPTIONAL) {
      b.date(localDate(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.reason(text(r));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a document owner ({@link DocumentOwner}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static DocumentOwner documentOwner(Random r) {
    DocumentOwner.Builder b = DocumentOwner.builder();
    b.role(text(r));
    if (r.nextDouble() < OPTIONAL) {
      b.name(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.jobTitle(text(r));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a endorsement ({@link Endorsement}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static Endorsement endorsement(Random r) {
    Endorsement.Builder b = Endorsement.builder();
    if (r.nextDouble() < OPTIONAL) {
      b.body(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.endorsedBy(pick(r, Endorser.values()));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.date(localDate(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.note(text(r));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a submission ({@link Submission}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static Submission submission(Random r) {
    Submission.Builder b = Submission.builder();
    if (r.nextDouble() < OPTIONAL) {
      b.date(localDate(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.recipient(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.extensionAgreedTo(localDate(r));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a publication ({@link Publication}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static Publication publication(Random r) {
    Publication.Builder b = Publication.builder();
    if (r.nextDouble() < OPTIONAL) {
      b.address(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.date(localDate(r));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a council plan ({@link CouncilPlan}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static CouncilPlan councilPlan(Random r) {
    CouncilPlan.Builder b = CouncilPlan.builder();
    b.title(text(r));
    if (r.nextDouble() < OPTIONAL) {
      b.source(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.council(council(r, 0));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.period(dateRange(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.introduction(text(r));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.vision(list(r, PlanArbitraries::text));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.outcomes(list(r, PlanArbitraries::councilPlanOutcome));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.principles(list(r, PlanArbitraries::text));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.relatedStrategies(list(r, PlanArbitraries::text));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.keyFigures(list(r, PlanArbitraries::keyFigure));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.monitoringArrangements(list(r, PlanArbitraries::monitoringArrangement));
    }
    if (r.nextDouble() < OPTIONAL) {
      b.performanceReporting(text(r));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a council plan outcome ({@link CouncilPlanOutcome}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static CouncilPlanOutcome councilPlanOutcome(Random r) {
    CouncilPlanOutcome.Builder b = CouncilPlanOutcome.builder();
    b.id(text(r));
    b.title(text(r));
    if (r.nextDouble() < OPTIONAL) {
      b.keyPriorities(list(r, PlanArbitraries::keyPriority));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

  /**
   * Generates a key priority ({@link KeyPriority}); over many draws every property is set, unknown
   * properties included.
   *
   * @param r the random source
   * @return the generated value
   */
  public static KeyPriority keyPriority(Random r) {
    KeyPriority.Builder b = KeyPriority.builder();
    b.title(text(r));
    if (r.nextDouble() < OPTIONAL) {
      b.commitments(list(r, PlanArbitraries::text));
    }
    if (r.nextDouble() < UNKNOWN) {
      b.unknownProperties(unknownProperties(r));
    }
    return b.build();
  }

}
