package org.productivityplan.validation.internal.rules;

import java.util.List;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;
import org.productivityplan.model.TransformationProject;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;
import org.productivityplan.validation.internal.CountOnly;

/**
 * PP113: every project states its expected or achieved benefit (information).
 *
 * <p>Satisfied by a saving with an amount or an outcome with a measured value, whatever its basis
 * (targeted, projected or achieved). A saving with no amount, or an outcome in words only, is not a
 * stated benefit; nor is a scope ("these projects address 75% of council spend"), which a faithful
 * record keeps in the description, not among the outcomes. Applies to projects of every status;
 * PP153 asks current projects for a KPI or such a benefit.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class ProjectBenefitsStated implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP113")
          .name("project-benefits-stated")
          .summary(
              "Every project states its expected or achieved benefit: a saving with an amount, or"
                  + " an outcome with a measured value.")
          .category(RuleCategory.TRANSFORMATION)
          .defaultSeverity(Severity.INFO)
          .guidance("Minister's letter of 16 April 2024, theme 1 prompt: \"what effects\"")
          .rationale(
              "The letter asked what effects changes had; a project with no stated saving or"
                  + " outcome cannot show that it made the council more productive. A saving"
                  + " without an amount, or an outcome in words only, is not a stated benefit; nor"
                  + " is a project's scope (\"these projects address 75% of council spend\").")
          .theme(Theme.TRANSFORMING_SERVICES)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    List<TransformationProject> projects = plan.projects();
    for (int p = 0; p < projects.size(); p++) {
      TransformationProject project = projects.get(p);
      if (Projects.hasMeasurableBenefit(project) || CountOnly.counted(context)) {
        // Measurable, or past what the report lists: counted without its pointer or message.
        continue;
      }
      if (project.savings().isEmpty() && project.outcomes().isEmpty()) {
        context.report(
            JsonPointer.of("projects", p),
            "Project '{0}' states neither a saving nor a measured outcome",
            project.id());
      } else {
        context.report(
            JsonPointer.of("projects", p),
            "Project '{0}' names its benefits but gives no amount of saving or measured value",
            project.id());
      }
    }
  }
}
