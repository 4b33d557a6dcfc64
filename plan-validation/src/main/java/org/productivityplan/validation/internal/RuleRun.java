package org.productivityplan.validation.internal;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Coded;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
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
   */
  public record Result(
      FindingTally tally,
      List<String> erroredRules,
      List<ValidationConfig.Suppression> unusedSuppressions,
      int suppressedCount) {}

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

  /**
   * Starts a run.
   *
   * @param config the configuration
   * @param infos the profile's rules by id
   * @param maxFindings how many findings to keep
   * @param source where the plan was read from, or null; only the suppressions that apply to it are
   *     used
   */
  public RuleRun(
      ValidationConfig config,
      Map<String, RuleInfo> infos,
      int maxFindings,
      @Nullable String source) {
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
   * Adds findings as they are, such as problems met reading the plan.
   *
   * @param problems the findings
   */
  public void addAll(List<Finding> problems) {
    for (Finding problem : problems) {
      accept(Objects.requireNonNull(problem, "a read problem is null"));
    }
  }

  /** Applies the suppressions to a finding, then counts it unless suppressed. */
  private void accept(Finding finding) {
    boolean matched = false;
    for (int i = 0; i < used.length; i++) {
      if (suppressions.get(i).matches(finding.ruleId(), finding.pointer())) {
        used[i] = true;
        matched = true;
      }
    }
    if (matched) {
      suppressed++;
    } else {
      tally.add(finding);
      keptRules.add(finding.ruleId());
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
      accept(
          finding(
              EngineIds.RULE_FAILED.id(),
              null,
              EngineIds.RULE_FAILED.severity(),
              "",
              "The field constraints ({0}) could not be checked: {1}: {2}",
              String.join(", ", new TreeSet<>(BeanValidation.ruleIds())),
              e.getClass().getName(),
              describe(e)));
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
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      erroredRules.add(info.id());
      accept(
          finding(
              EngineIds.RULE_FAILED.id(),
              null,
              EngineIds.RULE_FAILED.severity(),
              "",
              "Rule {0} ({1}) failed with {2}: {3}; the plan was not fully checked",
              info.id(),
              info.name(),
              e.getClass().getName(),
              describe(e)));
    } finally {
      context.closed = true;
    }
  }

  /** Tells whether the rule belongs to a theme the plan's record says it did not assess. */
  private static boolean isNotAssessed(RuleInfo info, ProductivityPlan plan) {
    return info.themeIfAny().filter(plan.notAssessed()::contains).isPresent();
  }

  /**
   * For a rule on a theme the record did not assess, reports one information finding "not
   * assessed" in place of whatever the rule found; a rule that found nothing says nothing.
   */
  private void reportNotAssessed(RuleInfo info, Context context) {
    if (context.withheld == null || context.withheld[0] == 0) {
      return;
    }
    Theme theme = info.themeIfAny().orElseThrow();
    accept(
        finding(
            info.id(),
            info,
            Severity.INFO,
            "",
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
            finding(
                EngineIds.UNUSED_SUPPRESSION.id(),
                null,
                EngineIds.UNUSED_SUPPRESSION.severity(),
                suppression.pointer(),
                "The suppression of {0} at ''{1}'' matched no finding; remove it",
                suppression.ruleId(),
                suppression.pointer()));
      }
    }
    return new Result(tally, List.copyOf(erroredRules), List.copyOf(unused), suppressed);
  }

  /** The first line of an exception's message, at most 300 characters, for a one-line finding. */
  private static String describe(Throwable e) {
    String message = String.valueOf(e.getMessage()).strip();
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end).strip();
    return line.length() <= 300 ? line : line.substring(0, 300) + "...";
  }

  private static Finding finding(
      String ruleId,
      @Nullable RuleInfo info,
      Severity severity,
      String pointer,
      String pattern,
      Object... arguments) {
    Finding.Builder builder =
        Finding.builder()
            .ruleId(ruleId)
            .severity(severity)
            .message(new MessageFormat(pattern, Locale.ENGLISH).format(forMessage(arguments)))
            .pointer(pointer);
    for (Object argument : arguments) {
      builder.addArguments(asText(argument));
    }
    if (info != null) {
      builder.guidance(info.guidance());
      info.themeIfAny().ifPresent(builder::theme);
    }
    return builder.build();
  }

  /**
   * Prepares arguments for {@link MessageFormat}: codes for coded constants (as the JSON format
   * writes them), and decimals in full, since {@code MessageFormat} would round them to three
   * places. Whole numbers stay numbers, to be written with grouping ({@code 13,100,000}). Text
   * quoted from the plan is made printable ({@link Finding#printable}), so a message stays one line
   * that cannot drive a terminal; the finding's arguments keep the text exactly.
   */
  private static Object[] forMessage(Object[] arguments) {
    Object[] prepared = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      Object argument = arguments[i];
      prepared[i] =
          argument instanceof Coded
                  || argument instanceof BigDecimal
                  || argument instanceof Double
                  || argument instanceof Float
              ? asText(argument)
              : argument instanceof CharSequence ? Finding.printable(argument.toString()) : argument;
    }
    return prepared;
  }

  /** The text of an argument as a finding keeps it: a code, a plain decimal, or its string. */
  private static String asText(@Nullable Object argument) {
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

  private final class Context implements RuleContext {

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

    Context(RuleInfo info, @Nullable String cause, int @Nullable [] withheld) {
      this(info, cause, withheld, null);
    }

    private Context(
        RuleInfo info, @Nullable String cause, int @Nullable [] withheld, @Nullable Context owner) {
      this.info = info;
      this.cause = cause;
      this.withheld = withheld;
      this.owner = owner;
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
      if (!pointer.isEmpty() && !pointer.startsWith("/")) {
        throw new IllegalArgumentException(
            "A JSON Pointer is empty or starts with '/', but rule "
                + info.id()
                + " reported '"
                + pointer
                + "'");
      }
      if (withheld != null) {
        withheld[0]++;
        return;
      }
      Severity effective = config.severity(info.id()).orElse(severity);
      if (constraintRuleIds.contains(info.id())) {
        constraintKeysReported.add(key(info.id(), pointer));
      }
      Finding finding = finding(info.id(), info, effective, pointer, message, arguments);
      if (cause != null && keptRules.contains(cause)) {
        finding = Finding.builder().from(finding).causedBy(cause).build();
      }
      accept(finding);
    }
  }
}
