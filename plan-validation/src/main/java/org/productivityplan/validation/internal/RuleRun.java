package org.productivityplan.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Coded;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.SourcePositions;
import org.productivityplan.validation.Baseline;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;
import org.productivityplan.validation.ValidationConfig;

/**
 * One validation of one plan: collects the findings of reading, of Bean Validation and of each
 * rule, applies the configuration (severities, suppressions), catches rules that throw, and removes
 * duplicates. Not thread-safe: one run per plan and thread.
 */
public final class RuleRun {

  /**
   * What a run found.
   *
   * @param tally every finding not suppressed, counted, the first of them kept
   * @param erroredRules the ids of rules that threw, sorted
   * @param unusedSuppressions suppressions that matched nothing
   * @param suppressedCount how many findings suppressions removed
   * @param baseline how the findings compare with the baseline, or null when none was given
   */
  public record Result(
      FindingTally tally,
      List<String> erroredRules,
      List<ValidationConfig.Suppression> unusedSuppressions,
      int suppressedCount,
      @Nullable BaselineComparison baseline) {}

  private final ValidationConfig config;
  private final Map<String, RuleInfo> infos;
  private final FindingTally tally;
  private final List<ValidationConfig.Suppression> suppressions;
  private final boolean[] used;
  private int suppressed;

  /** Constraint findings, held back until every rule has run; a set, so each appears once. */
  private final Set<Finding> constraintFindings = new LinkedHashSet<>();

  /** Rule id and pointer of the rules' findings with a constraint's rule id. */
  private final Set<String> constraintKeysReported = new HashSet<>();

  private final Set<String> erroredRules = new TreeSet<>();

  /** Ids of the rules with at least one finding kept (not suppressed): possible root causes. */
  private final Set<String> keptRules = new HashSet<>();
  private final Set<String> constraintRuleIds = BeanValidation.ruleIds();

  private final @Nullable ProductivityPlan plan;
  private final SourcePositions positions;
  private @Nullable ElementIds elementIds;
  private final @Nullable BaselineComparison baseline;

  /** Facts about the plan that rules share ({@link SharedFacts}), by type; null until one is. */
  private @Nullable Map<Class<?>, Object> facts;

  /**
   * Starts a run.
   *
   * @param config the configuration
   * @param infos the profile's rules by id
   * @param maxFindings how many findings to keep
   * @param source where the plan was read from, or null; only the suppressions that apply to it are
   *     used
   * @param plan the plan, whose elements name the findings ({@link Finding#elementId()}); null when
   *     there is none
   * @param positions where the plan's elements are in its document
   * @param baseline the earlier findings to compare with, or null
   */
  public RuleRun(
      ValidationConfig config,
      Map<String, RuleInfo> infos,
      int maxFindings,
      @Nullable String source,
      @Nullable ProductivityPlan plan,
      SourcePositions positions,
      @Nullable Baseline baseline) {
    this.plan = plan;
    this.baseline = baseline == null ? null : new BaselineComparison(baseline.findingsFor(source));
    this.positions = positions;
    this.config = config;
    this.infos = infos;
    this.tally = new FindingTally(maxFindings);
    List<ValidationConfig.Suppression> applicable = new ArrayList<>();
    for (ValidationConfig.Suppression suppression : config.suppressions()) {
      if (suppression.appliesTo(source)) {
        applicable.add(suppression);
      }
    }
    this.suppressions = applicable;
    this.used = new boolean[suppressions.size()];
  }

  /**
   * Adds findings as they are, such as problems met reading the plan: they are suppressed and
   * counted, but not given an element id or a place, which the reader gives its problems itself.
   *
   * @param problems the findings
   */
  public void addAll(List<Finding> problems) {
    for (Finding problem : problems) {
      // Kept exactly as the reader gave them: the reader places its own problems.
      accept(Objects.requireNonNull(problem, "a read problem is null"));
    }
  }

  private static final SourcePositions NO_POSITIONS = SourcePositions.none();

  private SourcePositions.@Nullable Position position(String pointer) {
    if (positions == NO_POSITIONS) {
      return null;
    }
    String prefix = pointer;
    while (true) {
      Optional<SourcePositions.Position> found = positions.find(prefix);
      if (found.isPresent()) {
        return found.get();
      }
      if (prefix.isEmpty()) {
        return null;
      }
      prefix = prefix.substring(0, Math.max(0, prefix.lastIndexOf('/')));
    }
  }

  /** Applies the suppressions to a finding, then counts it unless suppressed. */
  private void accept(Finding finding) {
    boolean matched = false;
    for (int i = 0; i < used.length; i++) {
      if (suppressions.get(i).matches(finding)) {
        used[i] = true;
        matched = true;
      }
    }
    if (matched) {
      suppressed++;
    } else {
      tally.add(finding);
      keptRules.add(finding.ruleId());
      if (baseline != null) {
        baseline.add(finding);
      }
    }
  }

  private static String key(String ruleId, String pointer) {
    return ruleId + '\u0000' + pointer;
  }

  /**
   * Checks the model's field constraints and adds their findings, for the rules that are enabled.
   *
   * @param plan the plan
   */
  public void addBeanValidation(ProductivityPlan plan) {
    List<BeanValidation.Violation> violations;
    try {
      violations = BeanValidation.validate(plan);
    } catch (RuntimeException | LinkageError e) {
      // Bean Validation could not run (a broken class path, say): its rules did not pass.
      for (String ruleId : BeanValidation.ruleIds()) {
        if (config.isEnabled(ruleId)) {
          erroredRules.add(ruleId);
        }
      }
      ruleFailed(
          "The field constraints ({0}) could not be checked: {1}: {2}",
          String.join(", ", new TreeSet<>(BeanValidation.ruleIds())),
          e.getClass().getName(),
          describe(e));
      return;
    }
    for (BeanValidation.Violation violation : violations) {
      if (!config.isEnabled(violation.ruleId())) {
        continue;
      }
      RuleInfo info = infos.get(violation.ruleId());
      EngineIds engineId = EngineIds.of(violation.ruleId());
      Severity severity =
          config
              .severity(violation.ruleId())
              .orElse(
                  info != null
                      ? info.defaultSeverity()
                      : engineId != null ? engineId.severity() : Severity.ERROR);
      constraintFindings.add(
          finding(
              violation.ruleId(),
              info,
              severity,
              violation.pointer(),
              null,
              violation.message(),
              violation.arguments().toArray()));
    }
  }

  /**
   * Runs one rule, unless disabled; a rule that throws leaves an {@code SDK001} finding.
   *
   * @param rule the rule
   * @param plan the plan
   */
  public void run(Rule rule, ProductivityPlan plan) {
    RuleInfo info = rule.info();
    if (!config.isEnabled(info.id())) {
      return;
    }
    Context context = new Context(info, null, isNotAssessed(info, plan) ? new int[1] : null);
    try {
      rule.check(plan, context);
      reportNotAssessed(info, context);
    } catch (VirtualMachineError e) {
      if (e instanceof StackOverflowError) {
        recordFailure(info, e);
        return;
      }
      throw e;
    } catch (Throwable e) {
      // Anything else a rule throws, checked exceptions thrown sneakily included, is a failed
      // rule: the report must not look like a pass, and the other rules still run.
      recordFailure(info, e);
    } finally {
      context.closed = true;
    }
  }

  private void recordFailure(RuleInfo info, Throwable e) {
    erroredRules.add(info.id());
    ruleFailed(
        "Rule {0} ({1}) failed with {2}: {3}; the plan was not fully checked",
        info.id(),
        info.name(),
        e.getClass().getName(),
        describe(e));
  }

  /** Reports what could not be checked as the engine's finding {@code SDK001}, on the whole plan. */
  private void ruleFailed(String template, String... arguments) {
    accept(
        finding(
            EngineIds.RULE_FAILED.id(),
            null,
            EngineIds.RULE_FAILED.severity(),
            "",
            null,
            template,
            (Object[]) arguments));
  }

  /** Tells whether the rule belongs to a theme the plan's record says it did not assess. */
  private static boolean isNotAssessed(RuleInfo info, ProductivityPlan plan) {
    return info.theme().filter(plan.notAssessed()::contains).isPresent();
  }

  /**
   * For a rule on a theme the record did not assess, reports one information finding "not
   * assessed" in place of whatever the rule found; a rule that found nothing says nothing.
   */
  private void reportNotAssessed(RuleInfo info, Context context) {
    if (context.withheld == null || context.withheld[0] == 0) {
      return;
    }
    Theme theme = info.theme().orElseThrow();
    accept(
        finding(
            info.id(),
            info,
            Severity.INFO,
            "",
            null,
            "Not assessed: this record does not cover theme {0} ({1}), so {2} was not checked",
            String.valueOf(theme.number()),
            theme.title(),
            info.name()));
  }

  /**
   * Adds the constraint findings that no rule reported, reports unused suppressions, and returns
   * what was found.
   *
   * @return the result
   */
  public Result finish() {
    // A constraint finding that a rule also reported at the same place is the same finding.
    for (Finding finding : constraintFindings) {
      if (!constraintKeysReported.contains(key(finding.ruleId(), finding.pointer()))) {
        accept(finding);
      }
    }
    List<ValidationConfig.Suppression> unused = new ArrayList<>();
    for (int i = 0; i < used.length; i++) {
      if (!used[i]) {
        ValidationConfig.Suppression suppression = suppressions.get(i);
        unused.add(suppression);
        tally.add(
            plainFinding(
                EngineIds.UNUSED_SUPPRESSION.id(),
                null,
                EngineIds.UNUSED_SUPPRESSION.severity(),
                suppression.elementId().isPresent() ? "" : suppression.pointer().orElse(""),
                "The suppression of {0} {1} matched no finding; remove it",
                suppression.ruleId(),
                suppression.place()));
      }
    }
    return new Result(tally, List.copyOf(erroredRules), List.copyOf(unused), suppressed, baseline);
  }

  /** The first line of an exception's message, at most 300 characters, for a one-line finding. */
  private static String describe(Throwable e) {
    String message = String.valueOf(e.getMessage()).strip();
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end).strip();
    return line.length() <= 300 ? line : line.substring(0, 300) + "...";
  }

  /**
   * Builds a finding of this run's plan, naming the element it is about and placing it at the
   * nearest enclosing pointer whose position is known, in one go.
   */
  private Finding finding(
      String ruleId,
      @Nullable RuleInfo info,
      Severity severity,
      String pointer,
      @Nullable String causedBy,
      String template,
      Object... arguments) {
    MessageTemplate.check(template, arguments.length);
    return new Pending(
            ruleId, info, themeOf(info), severity, pointer, causedBy, template, arguments)
        .build();
  }

  /** Builds a finding about no element and at no place in a document. */
  private static Finding plainFinding(
      String ruleId,
      @Nullable RuleInfo info,
      Severity severity,
      String pointer,
      String template,
      Object... arguments) {
    Arguments texts = new Arguments(arguments);
    return builder(ruleId, info, themeOf(info), severity, pointer, texts.message(template), texts)
        .build();
  }

  private static @Nullable Theme themeOf(@Nullable RuleInfo info) {
    return info == null ? null : info.theme().orElse(null);
  }

  private static Finding.Builder builder(
      String ruleId,
      @Nullable RuleInfo info,
      @Nullable Theme theme,
      Severity severity,
      String pointer,
      String message,
      Arguments arguments) {
    Finding.Builder builder =
        Finding.builder()
            .ruleId(ruleId)
            .severity(severity)
            .message(message)
            .pointer(pointer)
            .arguments(Arrays.asList(arguments.texts));
    if (info != null) {
      builder.guidance(info.guidance());
    }
    if (theme != null) {
      builder.theme(theme);
    }
    return builder;
  }

  /**
   * The arguments of a message as a finding keeps them, taken when the rule reports: each one's
   * text ({@link #asText}, {@linkplain MessageTemplate#quote bounded}) and how the message shows
   * it.
   */
  private static final class Arguments {

    private static final String[] NONE = new String[0];

    /** Kinds of argument: shown as its text, as text quoted from the plan, as a whole number. */
    private static final byte PLAIN = 0;

    private static final byte QUOTED = 1;
    private static final byte WHOLE = 2;

    final String[] texts;
    private final byte[] kinds;

    Arguments(Object[] arguments) {
      this.texts = arguments.length == 0 ? NONE : new String[arguments.length];
      this.kinds = new byte[arguments.length];
      for (int i = 0; i < arguments.length; i++) {
        Object argument = arguments[i];
        texts[i] = MessageTemplate.quote(asText(argument));
        kinds[i] =
            argument instanceof CharSequence
                ? QUOTED
                : argument instanceof Integer || argument instanceof Long || argument instanceof Short
                    ? WHOLE
                    : PLAIN;
      }
    }

    /**
     * Takes the text of the arguments that are not plain values, as making a finding of them
     * would, for a finding that is counted but never made: a rule whose argument cannot give its
     * text fails the same way whether or not the report keeps the finding.
     */
    static void touch(Object[] arguments) {
      for (Object argument : arguments) {
        if (!(argument instanceof String
            || argument instanceof Integer
            || argument instanceof Long
            || argument instanceof BigDecimal)) {
          asText(argument);
        }
      }
    }

    /** Fills a template with the arguments as shown: quoted text made printable, numbers grouped. */
    String message(String template) {
      String[] shown = new String[texts.length];
      for (int i = 0; i < texts.length; i++) {
        shown[i] =
            kinds[i] == QUOTED
                ? Finding.printable(texts[i])
                : kinds[i] == WHOLE ? grouped(Long.parseLong(texts[i])) : texts[i];
      }
      return MessageTemplate.format(template, shown);
    }
  }

  /**
   * A rule's finding as reported: counted and ordered as it is, and built (message formatted,
   * element named, place found) only when it is kept or something needs the whole finding.
   */
  private final class Pending implements FindingTally.Deferred {

    private final String ruleId;
    private final @Nullable RuleInfo info;
    private final @Nullable Theme theme;
    private final Severity severity;
    private final String pointer;
    private final @Nullable String causedBy;
    private final String template;
    private final Arguments arguments;
    private @Nullable String message;

    Pending(
        String ruleId,
        @Nullable RuleInfo info,
        @Nullable Theme theme,
        Severity severity,
        String pointer,
        @Nullable String causedBy,
        String template,
        Object[] arguments) {
      this.ruleId = ruleId;
      this.info = info;
      this.theme = theme;
      this.severity = severity;
      this.pointer = pointer;
      this.causedBy = causedBy;
      // The template was checked by whoever made this (a malformed one fails while the rule runs,
      // not when the message is formatted).
      this.template = template;
      this.arguments = new Arguments(arguments);
    }

    @Override
    public String ruleId() {
      return ruleId;
    }

    @Override
    public Severity severity() {
      return severity;
    }

    @Override
    public String pointer() {
      return pointer;
    }

    @Override
    public @Nullable Theme theme() {
      return theme;
    }

    @Override
    public boolean isConsequence() {
      return causedBy != null;
    }

    @Override
    public String message() {
      if (message == null) {
        message = arguments.message(template);
      }
      return message;
    }

    @Override
    public Finding build() {
      Finding.Builder builder =
          builder(ruleId, info, theme, severity, pointer, message(), arguments);
      if (!pointer.isEmpty() && plan != null) {
        if (elementIds == null) {
          elementIds = ElementIds.of(plan);
        }
        ElementIds.Element element = elementIds.enclosing(pointer);
        if (element != null) {
          builder.elementId(element.id()).elementPointer(element.pointer());
        }
      }
      SourcePositions.Position position = position(pointer);
      if (position != null) {
        builder.line(position.line()).column(position.column());
      }
      if (causedBy != null) {
        builder.causedBy(causedBy);
      }
      return builder.build();
    }
  }

  /** Whole numbers are shown grouped ({@code 13,100,000}), as people read them. */
  private static String grouped(long number) {
    return String.format(Locale.ENGLISH, "%,d", number);
  }

  /**
   * The text of an argument as a finding keeps it: a code for coded constants (as the JSON format
   * writes them), a plain decimal, or its string. Text quoted from the plan is bounded ({@link
   * MessageTemplate#quote}), and made printable in the message ({@link Finding#printable}), so a
   * message stays one line that cannot drive a terminal.
   */
  private static String asText(@Nullable Object argument) {
    if (argument instanceof String) {
      return (String) argument;
    }
    if (argument instanceof Coded) {
      return ((Coded) argument).code();
    }
    if (argument instanceof BigDecimal) {
      return ((BigDecimal) argument).toPlainString();
    }
    if (argument instanceof Double || argument instanceof Float) {
      return BigDecimal.valueOf(((Number) argument).doubleValue()).toPlainString();
    }
    return String.valueOf(argument);
  }

  private final class Context implements RuleContext, SharedFacts, CountOnly {

    private final RuleInfo info;

    /** The id of the rule whose finding this context's reports are consequences of, or null. */
    private final @Nullable String cause;

    /**
     * For a rule on a theme the record did not assess, how many reports were withheld (shared by
     * the rule's consequence contexts); null otherwise.
     */
    private final int @Nullable [] withheld;

    /** The rule's own context, for a consequence context; null for the rule's own. */
    private final @Nullable Context owner;

    private boolean closed;

    /** The severity the configuration gives the rule, or null when it keeps its own. */
    private final @Nullable Severity configured;

    /** Whether the rule has the id of a field constraint, whose findings are not reported twice. */
    private final boolean constraintRule;

    /** The rule's theme, or null when it has none. */
    private final @Nullable Theme theme;

    /** Whether this context has put the rule among {@link #keptRules} already. */
    private boolean markedKept;

    /** The template this context checked last, with that many arguments; null before. */
    private @Nullable String checkedTemplate;

    private int checkedCount;

    Context(RuleInfo info, @Nullable String cause, int @Nullable [] withheld) {
      this(info, cause, withheld, null);
    }

    private Context(
        RuleInfo info, @Nullable String cause, int @Nullable [] withheld, @Nullable Context owner) {
      this.info = info;
      this.cause = cause;
      this.withheld = withheld;
      this.owner = owner;
      this.configured = config.severity(info.id()).orElse(null);
      this.constraintRule = constraintRuleIds.contains(info.id());
      this.theme = themeOf(info);
    }

    @Override
    public boolean countsOnly() {
      return withheld == null
          && !constraintRule
          && used.length == 0
          && baseline == null
          && !(owner == null ? closed : owner.closed)
          && tally.keepsNone(defaultSeverity());
    }

    /** The severity of a finding reported without one: the configured, else the rule's default. */
    private Severity defaultSeverity() {
      return configured != null ? configured : info.defaultSeverity();
    }

    /** Puts the rule among {@link #keptRules}, once per context: its findings are kept or counted. */
    private void markKept() {
      if (!markedKept) {
        keptRules.add(info.id());
        markedKept = true;
      }
    }

    @Override
    public void count() {
      if (!countsOnly()) {
        throw new IllegalStateException(
            "Rule " + info.id() + " counted a finding that a report would not only count");
      }
      boolean consequence = cause != null && keptRules.contains(cause);
      markKept();
      tally.countDropped(defaultSeverity(), theme, consequence);
    }

    @Override
    public <T> T shared(Class<T> kind, Supplier<T> find) {
      if (facts == null) {
        facts = new HashMap<>();
      }
      Object fact = facts.get(kind);
      if (fact == null) {
        fact = Objects.requireNonNull(find.get(), "a shared fact");
        facts.put(kind, fact);
      }
      return kind.cast(fact);
    }

    @Override
    public RuleContext consequenceOf(String causeRuleId) {
      Objects.requireNonNull(causeRuleId, "causeRuleId");
      return new Context(info, causeRuleId, withheld, owner == null ? this : owner);
    }

    @Override
    public void report(String pointer, String message, Object... arguments) {
      report(info.defaultSeverity(), pointer, message, arguments);
    }

    @Override
    public void report(Severity severity, String pointer, String message, Object... arguments) {
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(message, "message");
      if (owner == null ? closed : owner.closed) {
        throw new IllegalStateException(
            "Rule " + info.id() + " reported after its check had returned");
      }
      if (!JsonPointer.isValid(pointer)) {
        throw new IllegalArgumentException(
            "A JSON Pointer is empty or starts with '/', each '~' followed by 0 or 1, but rule "
                + info.id()
                + " reported '"
                + Finding.printable(pointer)
                + "'");
      }
      if (withheld != null) {
        withheld[0]++;
        return;
      }
      Severity effective = configured != null ? configured : severity;
      if (constraintRule) {
        constraintKeysReported.add(key(info.id(), pointer));
      }
      if (message != checkedTemplate || arguments.length != checkedCount) {
        // A malformed template fails now, while the rule runs; a rule reports with a few
        // constant templates, each checked once in a row.
        MessageTemplate.check(message, arguments.length);
        checkedTemplate = message;
        checkedCount = arguments.length;
      }
      String causedBy = cause != null && keptRules.contains(cause) ? cause : null;
      if (used.length == 0 && baseline == null) {
        // Nothing to match or compare it with: counted now, built only if the report keeps it,
        // and not even made when the report has more findings that sort before it.
        markKept();
        if (!tally.canKeep(effective, pointer, info.id())) {
          // What making it would have asked for: the arguments' text.
          Arguments.touch(arguments);
          tally.countDropped(effective, theme, causedBy != null);
          return;
        }
        tally.add(
            new Pending(
                info.id(), info, theme, effective, pointer, causedBy, message, arguments));
      } else {
        accept(
            new Pending(info.id(), info, theme, effective, pointer, causedBy, message, arguments)
                .build());
      }
    }
  }
}
