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
    text(plan.title(), "The plan's title is blank", JsonPointer.of("title"), context);
    predecessors(plan.council(), JsonPointer.of("council"), context);
    plan.context().ifPresent(c -> context(c, context));
    List<TransformationProject> projects = plan.projects();
    for (int p = 0; p < projects.size(); p++) {
      project(projects.get(p), JsonPointer.of("projects", p), context);
    }
    for (int s = 0; s < plan.specifiedSpend().size(); s++) {
      text(
          plan.specifiedSpend().get(s).id(),
          "The spend line's id is blank",
          JsonPointer.of("specifiedSpend", s, "id"),
          context);
    }
    for (int b = 0; b < plan.barriers().size(); b++) {
      text(
          plan.barriers().get(b).id(),
          "The barrier's id is blank",
          JsonPointer.of("barriers", b, "id"),
          context);
    }
    List<Kpi> kpis = plan.kpis();
    for (int k = 0; k < kpis.size(); k++) {
      text(kpis.get(k).id(), "The KPI's id is blank", JsonPointer.of("kpis", k, "id"), context);
      text(
          kpis.get(k).name(),
          "The KPI's name is blank",
          JsonPointer.of("kpis", k, "name"),
          context);
    }
    arrangements(plan.monitoringArrangements(), JsonPointer.of("monitoringArrangements"), context);
    plan.documentControl().ifPresent(dc -> documentControl(dc, context));
    plan.councilPlan().ifPresent(cp -> councilPlan(cp, context));
  }

  private static void predecessors(Council council, String pointer, RuleContext context) {
    List<Council> predecessors = council.predecessors();
    for (int i = 0; i < predecessors.size(); i++) {
      String at = JsonPointer.append(pointer, "predecessors", i);
      text(
          predecessors.get(i).name(),
          "The council's name is blank",
          JsonPointer.append(at, "name"),
          context);
      predecessors(predecessors.get(i), at, context);
    }
  }

  private static void context(CouncilContext councilContext, RuleContext context) {
    List<AssuranceActivity> activities = councilContext.assuranceActivities();
    for (int a = 0; a < activities.size(); a++) {
      text(
          activities.get(a).description(),
          "The assurance activity's description is blank",
          JsonPointer.of("context", "assuranceActivities", a, "description"),
          context);
    }
    List<KeyFigure> figures = councilContext.keyFigures();
    for (int f = 0; f < figures.size(); f++) {
      text(
          figures.get(f).description(),
          "The key figure's description is blank",
          JsonPointer.of("context", "keyFigures", f, "description"),
          context);
    }
  }

  private static void project(TransformationProject project, String pointer, RuleContext context) {
    text(project.id(), "The project's id is blank", JsonPointer.append(pointer, "id"), context);
    text(
        project.name(),
        "The project's name is blank",
        JsonPointer.append(pointer, "name"),
        context);
    List<Milestone> milestones = project.milestones();
    for (int m = 0; m < milestones.size(); m++) {
      String at = JsonPointer.append(pointer, "milestones", m);
      text(
          milestones.get(m).id(),
          "The milestone's id is blank",
          JsonPointer.append(at, "id"),
          context);
      text(
          milestones.get(m).description(),
          "The milestone's description is blank",
          JsonPointer.append(at, "description"),
          context);
    }
    List<MeasuredOutcome> outcomes = project.outcomes();
    for (int o = 0; o < outcomes.size(); o++) {
      text(
          outcomes.get(o).description(),
          "The outcome's description is blank",
          JsonPointer.append(pointer, "outcomes", o, "description"),
          context);
    }
  }

  private static void arrangements(
      List<MonitoringArrangement> arrangements, String pointer, RuleContext context) {
    for (int a = 0; a < arrangements.size(); a++) {
      text(
          arrangements.get(a).forum(),
          "The monitoring arrangement's forum is blank",
          JsonPointer.append(pointer, a, "forum"),
          context);
    }
  }

  private static void documentControl(DocumentControl control, RuleContext context) {
    for (int r = 0; r < control.revisions().size(); r++) {
      text(
          control.revisions().get(r).version(),
          "The revision's version is blank",
          JsonPointer.of("documentControl", "revisions", r, "version"),
          context);
    }
    for (int o = 0; o < control.owners().size(); o++) {
      text(
          control.owners().get(o).role(),
          "The document owner's role is blank",
          JsonPointer.of("documentControl", "owners", o, "role"),
          context);
    }
  }

  private static void councilPlan(CouncilPlan councilPlan, RuleContext context) {
    String pointer = JsonPointer.of("councilPlan");
    text(
        councilPlan.title(),
        "The council plan's title is blank",
        JsonPointer.append(pointer, "title"),
        context);
    councilPlan
        .council()
        .ifPresent(
            council -> {
              String at = JsonPointer.append(pointer, "council");
              text(
                  council.name(),
                  "The council's name is blank",
                  JsonPointer.append(at, "name"),
                  context);
              predecessors(council, at, context);
            });
    List<CouncilPlanOutcome> outcomes = councilPlan.outcomes();
    for (int o = 0; o < outcomes.size(); o++) {
      String at = JsonPointer.append(pointer, "outcomes", o);
      text(
          outcomes.get(o).id(),
          "The council-plan outcome's id is blank",
          JsonPointer.append(at, "id"),
          context);
      text(
          outcomes.get(o).title(),
          "The council-plan outcome's title is blank",
          JsonPointer.append(at, "title"),
          context);
      List<KeyPriority> priorities = outcomes.get(o).keyPriorities();
      for (int k = 0; k < priorities.size(); k++) {
        text(
            priorities.get(k).title(),
            "The key priority's title is blank",
            JsonPointer.append(at, "keyPriorities", k, "title"),
            context);
      }
    }
    arrangements(
        councilPlan.monitoringArrangements(),
        JsonPointer.append(pointer, "monitoringArrangements"),
        context);
  }

  private static void text(String value, String message, String pointer, RuleContext context) {
    if (value.isBlank()) {
      context.report(pointer, message);
    }
  }
}
