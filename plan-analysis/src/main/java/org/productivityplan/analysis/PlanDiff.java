package org.productivityplan.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.productivityplan.analysis.internal.diff.DiffReport;
import org.productivityplan.analysis.internal.diff.Differ;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.validation.PlanValidator;

/**
 * What changed between two versions of a plan: the {@linkplain #changes() changes} to its elements
 * and the {@linkplain #findings() findings} that appeared, were resolved or remain.
 *
 * <p>Elements are matched by their id (projects, milestones, spend lines, barriers, KPIs), or by
 * what identifies those that have none (see {@link Change.Element}), never by their position in a
 * list: moving a project to the top of the list is no change. An element whose id changed and
 * whose content did not is {@linkplain Change.Kind#RENAMED renamed}; when several have the same
 * content, the first removed one is paired with the first added one, and so on, so the result is
 * the same on every run. {@code docs/analysis.md} describes the rules in full.
 *
 * <pre>{@code
 * PlanDiff diff = PlanDiff.between(lastYear, thisYear);
 * for (Change change : diff.changes()) { ... }
 * System.out.print(diff.toText("plan-2024.json", "plan-2025.json"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PlanDiff {

  private final List<Change> changes;
  private final FindingChanges findings;

  private PlanDiff(List<Change> changes, FindingChanges findings) {
    this.changes = changes;
    this.findings = findings;
  }

  /**
   * Compares two versions of a plan, with findings from the standard validator ({@link
   * PlanValidator#standard()}).
   *
   * @param older the older version
   * @param newer the newer version
   * @return the differences
   */
  public static PlanDiff between(ProductivityPlan older, ProductivityPlan newer) {
    return between(older, newer, PlanValidator.standard());
  }

  /**
   * Compares two versions of a plan, with findings from the given validator.
   *
   * @param older the older version
   * @param newer the newer version
   * @param validator checks both versions
   * @return the differences
   */
  public static PlanDiff between(
      ProductivityPlan older, ProductivityPlan newer, PlanValidator validator) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    Objects.requireNonNull(validator, "validator");
    List<Change> changes = Differ.changes(older, newer);
    List<Finding> before = validator.validate(older).findings();
    List<Finding> after = validator.validate(newer).findings();
    // Findings are matched by their identity (rule, element id, pointer within the element), so
    // reordering a list or inserting an element before another changes nothing here.
    Map<String, Deque<Finding>> unmatched = new HashMap<>();
    for (Finding finding : before) {
      unmatched.computeIfAbsent(finding.fingerprint(), k -> new ArrayDeque<>()).add(finding);
    }
    List<Finding> appeared = new ArrayList<>();
    List<Finding> remaining = new ArrayList<>();
    for (Finding finding : after) {
      Deque<Finding> same = unmatched.get(finding.fingerprint());
      if (same == null || same.isEmpty()) {
        appeared.add(finding);
      } else {
        same.removeFirst();
        remaining.add(finding);
      }
    }
    List<Finding> resolved = new ArrayList<>();
    for (Finding finding : before) {
      Deque<Finding> left = unmatched.get(finding.fingerprint());
      if (left.contains(finding)) {
        resolved.add(finding);
        left.remove(finding);
      }
    }
    return new PlanDiff(changes, new FindingChanges(appeared, resolved, remaining));
  }

  /**
   * Returns the changes, in a stable order: the plan's own fields, then projects with their
   * milestones, spend lines, barriers with their asks, KPIs with their measurements, monitoring
   * arrangements, assurance activities, revisions and progress updates.
   *
   * @return the changes, empty when the versions are the same
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * Returns the findings that appeared, were resolved or remain.
   *
   * @return the findings side
   */
  public FindingChanges findings() {
    return findings;
  }

  /**
   * Tells whether the two versions are the same.
   *
   * @return true when there is no change
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Counts the changes of one kind.
   *
   * @param kind added, removed, renamed or changed
   * @return how many
   */
  public int count(Change.Kind kind) {
    return (int) changes.stream().filter(c -> c.kind() == kind).count();
  }

  /**
   * Writes the differences as text for people, one element at a time.
   *
   * @param olderName what to call the older version, such as its file name
   * @param newerName what to call the newer version
   * @return the text, ending with a newline
   */
  public String toText(String olderName, String newerName) {
    return DiffReport.text(this, olderName, newerName, this::elementId);
  }

  /**
   * Writes the differences as JSON, in the format {@code docs/plan-diff-1.0.schema.json}
   * describes.
   *
   * @param olderName what to call the older version, such as its file name
   * @param newerName what to call the newer version
   * @return the JSON text, ending with a newline
   */
  public String toJson(String olderName, String newerName) {
    return DiffReport.json(this, olderName, newerName, this::elementId);
  }

  private String elementId(Finding finding) {
    return finding.elementId().orElse("");
  }

  @Override
  public String toString() {
    return "PlanDiff[" + changes.size() + " changes, " + findings.newFindings().size() + " new findings, "
        + findings.resolved().size() + " resolved]";
  }
}
