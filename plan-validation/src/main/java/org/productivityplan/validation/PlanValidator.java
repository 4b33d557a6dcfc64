package org.productivityplan.validation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.SourcePositions;
import org.productivityplan.validation.internal.BeanValidation;
import org.productivityplan.validation.internal.EngineIds;
import org.productivityplan.validation.internal.Profiles;
import org.productivityplan.validation.internal.RuleRun;

/**
 * Checks plans against a profile of rules, {@code dluhc-2024} unless told otherwise, with field
 * constraints checked through Jakarta Bean Validation.
 *
 * <p>Build one validator and reuse it: building resolves the profile, the rules found through
 * {@link RuleProvider} and the configuration once; {@link #validate} is then cheap. Every rule runs
 * on every plan, so a report holds every finding at once. A rule that throws is reported as an
 * errored rule (finding {@code SDK001}, an error), never as a pass.
 *
 * <pre>{@code
 * PlanValidator validator = PlanValidator.builder()
 *     .configuration(ValidationConfig.load(Path.of("validation.json")))
 *     .build();
 * ValidationReport report = validator.validate(plan);
 * if (!report.isValid()) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PlanValidator {

  /** The id of the built-in profile: the rule catalogue of the 2024 guidance. */
  public static final String DEFAULT_PROFILE = "dluhc-2024";

  private static final class StandardHolder {
    static final PlanValidator STANDARD = builder().build();
  }

  private final String profile;
  private final List<Rule> rules;
  private final List<RuleInfo> infos;
  private final Map<String, RuleInfo> infosById;
  private final ValidationConfig configuration;
  private final int maxFindings;
  private final @Nullable Baseline baseline;

  private PlanValidator(Builder builder) {
    this.profile = builder.profile;
    List<Rule> all =
        new ArrayList<>(Profiles.rules(builder.profile, builder.classLoader, builder.clock));
    all.addAll(builder.rules);
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule rule : all) {
      RuleInfo info = Objects.requireNonNull(rule.info(), () -> rule.getClass() + ".info()");
      if (EngineIds.isReserved(info.id())) {
        throw new IllegalArgumentException(
            "Rule id "
                + info.id()
                + " of "
                + rule.getClass().getName()
                + " is reserved for the engine's own findings (SDK) and for problems met reading"
                + " a plan (IO)");
      }
      Rule clash = byId.putIfAbsent(info.id(), rule);
      if (clash != null) {
        throw new IllegalArgumentException(
            "Two rules of profile '"
                + profile
                + "' have the id "
                + info.id()
                + ": "
                + clash.getClass().getName()
                + " and "
                + rule.getClass().getName());
      }
    }
    List<Rule> sorted = new ArrayList<>(byId.values());
    sorted.sort((a, b) -> a.info().id().compareTo(b.info().id()));
    this.rules = List.copyOf(sorted);
    List<RuleInfo> ruleInfos = new ArrayList<>();
    Map<String, RuleInfo> index = new LinkedHashMap<>();
    for (Rule rule : this.rules) {
      ruleInfos.add(rule.info());
      index.put(rule.info().id(), rule.info());
    }
    this.infos = List.copyOf(ruleInfos);
    this.infosById = index;
    this.configuration = builder.configuration;
    this.maxFindings = builder.maxFindings;
    this.baseline = builder.baseline;
    checkConfiguration();
  }

  private void checkConfiguration() {
    Set<String> unknown = new TreeSet<>();
    for (String id : configuration.ruleIds()) {
      if (!infosById.containsKey(id) && !BeanValidation.ruleIds().contains(id)) {
        unknown.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "The validation configuration"
              + configuration.source().map(s -> " " + s).orElse("")
              + " names "
              + (unknown.size() == 1 ? "a rule" : "rules")
              + " that profile '"
              + profile
              + "' does not have: "
              + String.join(", ", unknown)
              + "; its rules are "
              + (infosById.isEmpty() ? "none" : String.join(", ", infosById.keySet())));
    }
  }

  /**
   * Returns the validator of profile {@code dluhc-2024} with the default configuration, built once.
   *
   * @return the standard validator
   */
  public static PlanValidator standard() {
    return StandardHolder.STANDARD;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of a validator of profile {@code dluhc-2024} with the default configuration
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the ids of the profiles that can be used: {@code dluhc-2024} and those that rule
   * providers found through {@link java.util.ServiceLoader} define.
   *
   * @return the profile ids, sorted
   */
  public static Set<String> availableProfiles() {
    return Profiles.available(null);
  }

  /**
   * Checks a plan.
   *
   * @param plan the plan
   * @return the report
   */
  public ValidationReport validate(ProductivityPlan plan) {
    return validate(plan, List.of(), SourcePositions.none(), null);
  }

  /**
   * Checks a plan read from a document, giving each finding the line and column of its pointer, or
   * of the nearest enclosing pointer whose place is known.
   *
   * @param plan the plan
   * @param positions where the document's elements are, such as a {@code ReadResult}'s
   * @return the report
   */
  public ValidationReport validate(ProductivityPlan plan, SourcePositions positions) {
    return validate(plan, List.of(), positions, null);
  }

  /**
   * Checks a plan and reports the problems met reading it in the same report.
   *
   * @param plan the plan
   * @param readProblems the problems met reading it, such as those of a {@code ReadResult}
   * @return the report
   */
  public ValidationReport validate(ProductivityPlan plan, List<Finding> readProblems) {
    return validate(plan, readProblems, SourcePositions.none(), null);
  }

  /**
   * Checks a plan read from a named source, and reports the problems met reading it in the same
   * report. Suppressions limited to a file apply only when this source names it.
   *
   * @param plan the plan
   * @param readProblems the problems met reading it, such as those of a {@code ReadResult}
   * @param source the file name or other source, as the report's {@link ValidationReport#source()};
   *     null when unknown
   * @return the report
   */
  public ValidationReport validate(
      ProductivityPlan plan, List<Finding> readProblems, @Nullable String source) {
    return validate(plan, readProblems, SourcePositions.none(), source);
  }

  /**
   * Checks a plan read from a named document: reports the problems met reading it in the same
   * report, and gives each rule's finding the line and column of its pointer (or of the nearest
   * enclosing pointer whose place is known). Suppressions limited to a file apply only when this
   * source names it.
   *
   * @param plan the plan
   * @param readProblems the problems met reading it, such as those of a {@code ReadResult}
   * @param positions where the document's elements are, such as a {@code ReadResult}'s
   * @param source the file name or other source, as the report's {@link ValidationReport#source()};
   *     null when unknown
   * @return the report
   */
  public ValidationReport validate(
      ProductivityPlan plan,
      List<Finding> readProblems,
      SourcePositions positions,
      @Nullable String source) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(readProblems, "readProblems");
    Objects.requireNonNull(positions, "positions");
    RuleRun run =
        new RuleRun(configuration, infosById, maxFindings, source, plan, positions, baseline);
    run.addAll(readProblems);
    run.addBeanValidation(plan);
    for (Rule rule : rules) {
      run.run(rule, plan);
    }
    RuleRun.Result result = run.finish();
    return new ValidationReport(
        result.tally(),
        result.erroredRules(),
        result.unusedSuppressions(),
        result.suppressedCount(),
        source,
        plan.council().name(),
        plan.title(),
        profile,
        result.baseline());
  }

  /**
   * Returns the metadata of the rules this validator runs, sorted by id, disabled ones included.
   *
   * @return the rules' metadata
   */
  public List<RuleInfo> rules() {
    return infos;
  }

  /**
   * Returns the id of the profile this validator checks against.
   *
   * @return the profile id
   */
  public String profile() {
    return profile;
  }

  /**
   * Returns the configuration this validator applies.
   *
   * @return the configuration
   */
  public ValidationConfig configuration() {
    return configuration;
  }

  /**
   * Returns the most findings a report of this validator lists.
   *
   * @return the cap
   */
  public int maxFindings() {
    return maxFindings;
  }

  @Override
  public String toString() {
    return "PlanValidator{profile=" + profile + ", rules=" + rules.size() + '}';
  }

  /** Builds a {@link PlanValidator}. Not thread-safe; use one builder per thread. */
  public static final class Builder {

    private String profile = DEFAULT_PROFILE;
    private ValidationConfig configuration = ValidationConfig.defaults();
    private final Set<Rule> rules = new LinkedHashSet<>();
    private int maxFindings = ValidationReport.DEFAULT_MAX_FINDINGS;
    private @Nullable ClassLoader classLoader;
    private Clock clock = Clock.systemDefaultZone();
    private @Nullable Baseline baseline;

    private Builder() {}

    /**
     * Compares every report with a baseline, an earlier report: each finding is then {@linkplain
     * BaselineState#NEW new} or {@linkplain BaselineState#UNCHANGED unchanged}, and the report
     * lists the {@linkplain ValidationReport#absentFindings() absent} ones; none unless set.
     *
     * @param earlier the baseline
     * @return this builder
     */
    public Builder baseline(Baseline earlier) {
      this.baseline = Objects.requireNonNull(earlier, "earlier");
      return this;
    }

    /**
     * Chooses the profile: {@code dluhc-2024} (the default) or one that a {@link RuleProvider}
     * defines.
     *
     * @param id the profile id
     * @return this builder
     */
    public Builder profile(String id) {
      this.profile = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the configuration: disabled rules, severities, suppressions.
     *
     * @param config the configuration
     * @return this builder
     */
    public Builder configuration(ValidationConfig config) {
      this.configuration = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * Adds a rule to the profile's rules.
     *
     * @param rule the rule; its id must not clash with another rule's
     * @return this builder
     */
    public Builder addRule(Rule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Sets the most findings a report lists; counts and verdicts still cover them all.
     *
     * @param max the cap, at least 1
     * @return this builder
     * @throws IllegalArgumentException when the cap is less than 1
     */
    public Builder maxFindings(int max) {
      if (max < 1) {
        throw new IllegalArgumentException(
            "The cap on findings must be at least 1, but was " + max);
      }
      this.maxFindings = max;
      return this;
    }

    /**
     * Sets the class loader through which {@link RuleProvider}s are found; the thread's context
     * class loader unless set.
     *
     * @param loader the class loader
     * @return this builder
     */
    public Builder classLoader(ClassLoader loader) {
      this.classLoader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /**
     * Sets the clock that tells the rules what day it is (rule PP154 asks whether a published plan
     * is more than twelve months old); the system clock in the default time zone unless set. A
     * fixed clock makes reports reproducible.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws IllegalArgumentException when the profile is unknown (the message lists the known
     *     ones), two rules share an id, or the configuration names a rule the profile does not have
     */
    public PlanValidator build() {
      return new PlanValidator(this);
    }
  }
}
