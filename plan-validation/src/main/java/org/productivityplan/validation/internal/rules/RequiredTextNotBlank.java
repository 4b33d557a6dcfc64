package org.productivityplan.validation.internal.rules;

import java.util.List;
import org.productivityplan.model.AssuranceActivity;
import org.productivityplan.model.Council;
import org.productivityplan.model.CouncilContext;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.CouncilPlanOutcome;
import org.productivityplan.model.DocumentControl;
import org.productivityplan.model.KeyFigure;
import org.productivityplan.model.KeyPriority;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.MeasuredOutcome;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.MonitoringArrangement;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.TransformationProject;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP007: ids and required names are not blank.
 *
 * <p>The model requires these strings so that an element can be named and referred to, but a reader
 * cannot stop them being empty or white space. This rule walks, in document order: the plan's
 * title; the names of predecessor councils; each assurance activity's and key figure's description;
 * each project's id and name, each milestone's id and description and each measured outcome's
 * description; each spend line's, barrier's and KPI's id, and each KPI's name; each monitoring
 * arrangement's forum; each revision's version and each document owner's role; and in an attached
 * council plan its title, its council's name, each outcome's id and title, each key priority's
 * title and each monitoring arrangement's forum. Each blank string is reported at its own pointer.
 *
 * <p>The name of the plan's own council is PP001's, not this rule's, so that it is reported once.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class RequiredTextNotBlank implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP007")
          .name("required-text-not-blank")
          .summary(
              "Ids and required names, titles, descriptions, forums, roles and versions are not"
                  + " blank.")
          .category(RuleCategory.INTEGRITY)
          .defaultSeverity(Severity.ERROR)
          .guidance("Integrity of the record itself (a rule of this SDK, not of the guidance)")
          .rationale(
              "An element with a blank id cannot be referred to, and one with a blank name cannot"
                  + " be shown to a reader; both usually come from an empty cell or a lost paste.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    // Each pointer is built only for a blank text: a plan with none builds no string.
    if (plan.title().isBlank()) {
      context.report(JsonPointer.of("title"), "The plan's title is blank");
    }
    predecessors(plan.council(), "/council", context);
    plan.context().ifPresent(c -> context(c, context));
    List<TransformationProject> projects = plan.projects();
    for (int p = 0; p < projects.size(); p++) {
      project(projects.get(p), p, context);
    }
    for (int s = 0; s < plan.specifiedSpend().size(); s++) {
      if (plan.specifiedSpend().get(s).id().isBlank()) {
        context.report(
            JsonPointer.of("specifiedSpend", s, "id"), "The spend line's id is blank");
      }
    }
    for (int b = 0; b < plan.barriers().size(); b++) {
      if (plan.barriers().get(b).id().isBlank()) {
        context.report(JsonPointer.of("barriers", b, "id"), "The barrier's id is blank");
      }
    }
    List<Kpi> kpis = plan.kpis();
    for (int k = 0; k < kpis.size(); k++) {
      if (kpis.get(k).id().isBlank()) {
        context.report(JsonPointer.of("kpis", k, "id"), "The KPI's id is blank");
      }
      if (kpis.get(k).name().isBlank()) {
        context.report(JsonPointer.of("kpis", k, "name"), "The KPI's name is blank");
      }
    }
    arrangements(plan.monitoringArrangements(), "/monitoringArrangements", context);
    plan.documentControl().ifPresent(dc -> documentControl(dc, context));
    plan.councilPlan().ifPresent(cp -> councilPlan(cp, context));
  }

  private static void predecessors(Council council, String pointer, RuleContext context) {
    List<Council> predecessors = council.predecessors();
    for (int i = 0; i < predecessors.size(); i++) {
      String at = JsonPointer.append(pointer, "predecessors", i);
      if (predecessors.get(i).name().isBlank()) {
        context.report(JsonPointer.append(at, "name"), "The council's name is blank");
      }
      predecessors(predecessors.get(i), at, context);
    }
  }

  private static void context(CouncilContext councilContext, RuleContext context) {
    List<AssuranceActivity> activities = councilContext.assuranceActivities();
    for (int a = 0; a < activities.size(); a++) {
      if (activities.get(a).description().isBlank()) {
        context.report(
            JsonPointer.of("context", "assuranceActivities", a, "description"),
            "The assurance activity's description is blank");
      }
    }
    List<KeyFigure> figures = councilContext.keyFigures();
    for (int f = 0; f < figures.size(); f++) {
      if (figures.get(f).description().isBlank()) {
        context.report(
            JsonPointer.of("context", "keyFigures", f, "description"),
            "The key figure's description is blank");
      }
    }
  }

  private static void project(TransformationProject project, int p, RuleContext context) {
    if (project.id().isBlank()) {
      context.report(JsonPointer.of("projects", p, "id"), "The project's id is blank");
    }
    if (project.name().isBlank()) {
      context.report(JsonPointer.of("projects", p, "name"), "The project's name is blank");
    }
    List<Milestone> milestones = project.milestones();
    for (int m = 0; m < milestones.size(); m++) {
      if (milestones.get(m).id().isBlank()) {
        context.report(
            JsonPointer.of("projects", p, "milestones", m, "id"), "The milestone's id is blank");
      }
      if (milestones.get(m).description().isBlank()) {
        context.report(
            JsonPointer.of("projects", p, "milestones", m, "description"),
            "The milestone's description is blank");
      }
    }
    List<MeasuredOutcome> outcomes = project.outcomes();
    for (int o = 0; o < outcomes.size(); o++) {
      if (outcomes.get(o).description().isBlank()) {
        context.report(
            JsonPointer.of("projects", p, "outcomes", o, "description"),
            "The outcome's description is blank");
      }
    }
  }

  private static void arrangements(
      List<MonitoringArrangement> arrangements, String pointer, RuleContext context) {
    for (int a = 0; a < arrangements.size(); a++) {
      if (arrangements.get(a).forum().isBlank()) {
        context.report(
            JsonPointer.append(pointer, a, "forum"),
            "The monitoring arrangement's forum is blank");
      }
    }
  }

  private static void documentControl(DocumentControl control, RuleContext context) {
    for (int r = 0; r < control.revisions().size(); r++) {
      if (control.revisions().get(r).version().isBlank()) {
        context.report(
            JsonPointer.of("documentControl", "revisions", r, "version"),
            "The revision's version is blank");
      }
    }
    for (int o = 0; o < control.owners().size(); o++) {
      if (control.owners().get(o).role().isBlank()) {
        context.report(
            JsonPointer.of("documentControl", "owners", o, "role"),
            "The document owner's role is blank");
      }
    }
  }

  private static void councilPlan(CouncilPlan councilPlan, RuleContext context) {
    if (councilPlan.title().isBlank()) {
      context.report(JsonPointer.of("councilPlan", "title"), "The council plan's title is blank");
    }
    councilPlan
        .council()
        .ifPresent(
            council -> {
              if (council.name().isBlank()) {
                context.report(
                    JsonPointer.of("councilPlan", "council", "name"),
                    "The council's name is blank");
              }
              predecessors(council, "/councilPlan/council", context);
            });
    List<CouncilPlanOutcome> outcomes = councilPlan.outcomes();
    for (int o = 0; o < outcomes.size(); o++) {
      CouncilPlanOutcome outcome = outcomes.get(o);
      if (outcome.id().isBlank()) {
        context.report(
            JsonPointer.of("councilPlan", "outcomes", o, "id"),
            "The council-plan outcome's id is blank");
      }
      if (outcome.title().isBlank()) {
        context.report(
            JsonPointer.of("councilPlan", "outcomes", o, "title"),
            "The council-plan outcome's title is blank");
      }
      List<KeyPriority> priorities = outcome.keyPriorities();
      for (int k = 0; k < priorities.size(); k++) {
        if (priorities.get(k).title().isBlank()) {
          context.report(
              JsonPointer.of("councilPlan", "outcomes", o, "keyPriorities", k, "title"),
              "The key priority's title is blank");
        }
      }
    }
    arrangements(
        councilPlan.monitoringArrangements(), "/councilPlan/monitoringArrangements", context);
  }
}
