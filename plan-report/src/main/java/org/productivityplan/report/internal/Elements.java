package org.productivityplan.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.productivityplan.model.Barrier;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.Theme;
import org.productivityplan.model.TransformationProject;

/**
 * Names the element of a plan that a finding is about, in words a reader knows ("Project 'Adult
 * social care reform'"), from the finding's JSON Pointer.
 */
final class Elements {

  private Elements() {}

  /**
   * The element a finding is about, and its name: the element the validator named ({@link
   * Finding#elementPointer()}), else the nearest element with an id that holds what the pointer
   * points at (reading problems name no element).
   */
  static Element of(ProductivityPlan plan, Finding finding) {
    return of(plan, finding.elementPointer().orElse(finding.pointer()));
  }

  static Element of(ProductivityPlan plan, String pointer) {
    // Only the first four tokens name an element: /projects/1/milestones/0.
    List<String> path = segments(pointer, 4);
    if (path.isEmpty()) {
      return new Element(Optional.empty(), "The plan as a whole");
    }
    String top = path.get(0);
    Optional<Integer> index = path.size() > 1 ? index(path.get(1)) : Optional.empty();
    switch (top) {
      case "projects":
        if (index.isPresent() && index.get() < plan.projects().size()) {
          TransformationProject project = plan.projects().get(index.get());
          if (path.size() > 3 && path.get(2).equals("milestones")) {
            Optional<Integer> m = index(path.get(3));
            if (m.isPresent() && m.get() < project.milestones().size()) {
              Milestone milestone = project.milestones().get(m.get());
              return new Element(
                  Optional.of(milestone.id()),
                  "Milestone '" + milestone.description() + "' of project '" + project.name() + "'");
            }
          }
          return new Element(Optional.of(project.id()), "Project '" + project.name() + "'");
        }
        return new Element(Optional.empty(), "The plan's transformation projects");
      case "specifiedSpend":
        if (index.isPresent() && index.get() < plan.specifiedSpend().size()) {
          SpecifiedSpend line = plan.specifiedSpend().get(index.get());
          return new Element(Optional.of(line.id()), "Spend line '" + spendName(line) + "'");
        }
        return new Element(Optional.empty(), "The plan's specified spend");
      case "barriers":
        if (index.isPresent() && index.get() < plan.barriers().size()) {
          Barrier barrier = plan.barriers().get(index.get());
          return new Element(
              Optional.of(barrier.id()), "Barrier '" + barrier.title().orElse(barrier.id()) + "'");
        }
        return new Element(Optional.empty(), "The plan's barriers");
      case "kpis":
        if (index.isPresent() && index.get() < plan.kpis().size()) {
          Kpi kpi = plan.kpis().get(index.get());
          return new Element(Optional.of(kpi.id()), "KPI '" + kpi.name() + "'");
        }
        return new Element(Optional.empty(), "The plan's KPIs");
      case "monitoringArrangements":
        if (index.isPresent() && index.get() < plan.monitoringArrangements().size()) {
          return new Element(
              Optional.empty(),
              "Monitoring by '" + plan.monitoringArrangements().get(index.get()).forum() + "'");
        }
        return new Element(Optional.empty(), "The plan's monitoring arrangements");
      case "narratives":
        if (path.size() > 1) {
          for (Theme theme : Theme.values()) {
            if (theme.code().equals(path.get(1))) {
              return new Element(
                  Optional.empty(), "The plan's own words on theme " + theme.number());
            }
          }
        }
        return new Element(Optional.empty(), "The plan's own words on the themes");
      default:
        return new Element(Optional.empty(), Text.capitalised(section(top)));
    }
  }

  /** What a reader calls a top-level part of the plan. */
  private static String section(String name) {
    switch (name) {
      case "council":
        return "the council's identity";
      case "context":
        return "the council's context";
      case "councilPlan":
        return "the council plan the projects trace to";
      case "progressUpdates":
        return "the progress updates";
      case "documentControl":
        return "the document's control sheet";
      case "endorsement":
        return "the members' endorsement";
      case "submission":
        return "the submission to government";
      case "publication":
        return "the publication of the plan";
      case "planDate":
        return "the plan's date";
      default:
        return "the plan's " + name;
    }
  }

  static String spendName(SpecifiedSpend line) {
    String category = Text.spendCategory(line.category());
    return line.scope().map(s -> category + ": " + s).orElse(category);
  }

  private static Optional<Integer> index(String segment) {
    if (segment.isEmpty() || segment.length() > 9) {
      return Optional.empty();
    }
    for (int i = 0; i < segment.length(); i++) {
      if (!Character.isDigit(segment.charAt(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(Integer.parseInt(segment));
  }

  /**
   * The pointer's first reference tokens, unescaped: {@code /a~1b/0} is {@code a/b} and {@code 0}.
   *
   * @param limit how many tokens at most
   */
  static List<String> segments(String pointer, int limit) {
    List<String> out = new ArrayList<>(limit);
    if (pointer.isEmpty()) {
      return out;
    }
    int start = 1;
    while (out.size() < limit) {
      int end = pointer.indexOf('/', start);
      String raw = pointer.substring(start, end < 0 ? pointer.length() : end);
      out.add(raw.indexOf('~') < 0 ? raw : raw.replace("~1", "/").replace("~0", "~"));
      if (end < 0) {
        return out;
      }
      start = end + 1;
    }
    return out;
  }

  /**
   * What a finding is about.
   *
   * @param id the id of the nearest element with an id, when there is one
   * @param name its name in words, quoting the plan's own names
   */
  record Element(Optional<String> id, String name) {}
}
