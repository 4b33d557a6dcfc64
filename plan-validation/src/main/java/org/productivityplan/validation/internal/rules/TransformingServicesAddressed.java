package org.productivityplan.validation.internal.rules;

import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP101: theme 1 (transforming services) is addressed.
 *
 * <p>Addressed means: the plan has a non-blank narrative for {@link Theme#TRANSFORMING_SERVICES},
 * or at least one project tagged with that theme. The finding is about the plan as a whole, so its
 * pointer is {@code ""}.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class TransformingServicesAddressed implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP101")
          .name("transforming-services-addressed")
          .summary(
              "Theme 1, how the council has transformed the way it designs and delivers services,"
                  + " is addressed by a narrative or a project.")
          .category(RuleCategory.THEMES)
          .defaultSeverity(Severity.WARNING)
          .guidance("Minister's letter of 16 April 2024, theme 1")
          .rationale(
              "The letter asked every council to answer four themes; a plan silent on one leaves"
                  + " the expert panel nothing to read there.")
          .theme(Theme.TRANSFORMING_SERVICES)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    if (!Checks.hasText(plan.narrative(Theme.TRANSFORMING_SERVICES))
        && !Themes.anyProject(plan, Theme.TRANSFORMING_SERVICES)) {
      context.report(
          JsonPointer.ROOT,
          "Theme 1 (transforming services) is not addressed: no narrative and no project with this"
              + " theme");
    }
  }
}
