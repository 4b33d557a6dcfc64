package org.productivityplan.validation;

import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.internal.rules.Dluhc2024Rules;

/** Rules made for testing the engine, independent of the built-in catalogue. */
final class TestRules {

  private TestRules() {}

  /**
   * Returns a configuration that disables every rule of the built-in catalogue, so that an engine
   * test sees only the findings of its own rules, whatever the catalogue holds.
   */
  static ValidationConfig.Builder config() {
    ValidationConfig.Builder config = ValidationConfig.builder();
    for (Rule rule : Dluhc2024Rules.all()) {
      config.disable(rule.info().id());
    }
    return config;
  }

  /** Returns a builder of a validator that runs only the rules a test adds (and constraints). */
  static PlanValidator.Builder engine() {
    return PlanValidator.builder().configuration(config().build());
  }

  static RuleInfo info(String id, Severity severity, @Nullable Theme theme) {
    RuleInfo.Builder builder =
        RuleInfo.builder()
            .id(id)
            .name("test-rule-" + id.toLowerCase(java.util.Locale.ROOT))
            .summary("A rule for tests.")
            .category(RuleCategory.INTEGRITY)
            .defaultSeverity(severity)
            .guidance("test guidance §" + id)
            .rationale("Tests need it.");
    if (theme != null) {
      builder.theme(theme);
    }
    return builder.build();
  }

  static Rule rule(
      String id,
      Severity severity,
      @Nullable Theme theme,
      BiConsumer<ProductivityPlan, RuleContext> check) {
    RuleInfo info = info(id, severity, theme);
    return new Rule() {
      @Override
      public RuleInfo info() {
        return info;
      }

      @Override
      public void check(ProductivityPlan plan, RuleContext context) {
        check.accept(plan, context);
      }
    };
  }

  /** A rule that always reports one finding at a pointer. */
  static Rule reporting(String id, Severity severity, String pointer) {
    return rule(
        id, severity, null, (plan, context) -> context.report(pointer, "Found at {0}", pointer));
  }

  /** A rule that never reports. */
  static Rule silent(String id) {
    return rule(id, Severity.WARNING, null, (plan, context) -> {});
  }

  /** A rule that throws. */
  static Rule throwing(String id) {
    return rule(
        id,
        Severity.WARNING,
        null,
        (plan, context) -> {
          throw new IllegalStateException("boom");
        });
  }
}
