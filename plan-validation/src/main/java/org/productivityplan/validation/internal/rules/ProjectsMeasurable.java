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
 * PP153: every planned or in-progress project is linked to a KPI or states a measurable benefit
 * (information).
 *
 * <p>Linked to a KPI: the project lists a KPI id, or a KPI lists the project (whether the ids
 * resolve is PP003's business). A measurable benefit: a saving with an amount, or an outcome with a
 * measure. Completed projects and projects with no status are not checked.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class ProjectsMeasurable implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP153")
          .name("projects-measurable")
          .summary(
              "Every planned or in-progress project is linked to a KPI or states a measurable"
                  + " benefit.")
          .category(RuleCategory.MONITORING)
          .defaultSeverity(Severity.INFO)
          .guidance(
              "Minister's letter of 16 April 2024, theme 1 prompt: \"how will you measure their"
                  + " effects\"")
          .rationale(
              "The letter asked how councils will measure the effects of their transformation"
                  + " plans; a current project with neither a KPI nor a figure has no measure of"
                  + " success.")
          .theme(Theme.TRANSFORMING_SERVICES)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    // The projects KPIs name are gathered only if some project needs them.
    ProjectRefs named = null;
    List<TransformationProject> projects = plan.projects();
    for (int p = 0; p < projects.size(); p++) {
      TransformationProject project = projects.get(p);
      if (!Projects.isCurrent(project)
          || !project.kpiIds().isEmpty()
          || Projects.hasMeasurableBenefit(project)) {
        continue;
      }
      if (named == null) {
        named = ProjectRefs.of(plan, context);
      }
      if (!named.isNamedByKpi(project) && !CountOnly.counted(context)) {
        context.report(
            JsonPointer.of("projects", p),
            "Project '{0}' is linked to no KPI and states no measurable benefit",
            project.id());
      }
    }
  }
}
