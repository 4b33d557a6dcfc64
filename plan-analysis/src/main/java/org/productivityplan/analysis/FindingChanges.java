package org.productivityplan.analysis;

import java.util.List;
import org.productivityplan.model.Finding;

/**
 * The findings side of a {@link PlanDiff}: which findings of the newer version are new, which of
 * the older are resolved, and which remain. Findings are matched by their identity, the rule and
 * the element they are about (see {@code docs/analysis.md}), not by their place in the document,
 * so a finding that only moved, because a list was reordered, remains.
 *
 * @param newFindings findings of the newer version that the older did not have, in the newer
 *     report's order
 * @param resolved findings of the older version that the newer does not have, in the older
 *     report's order
 * @param remaining findings of the newer version that the older had too, in the newer report's
 *     order
 */
public record FindingChanges(
    List<Finding> newFindings,
    List<Finding> resolved,
    List<Finding> remaining) {

  /** Copies the lists, which cannot be null. */
  public FindingChanges {
    newFindings = List.copyOf(newFindings);
    resolved = List.copyOf(resolved);
    remaining = List.copyOf(remaining);
  }

  /**
   * Tells whether a finding appeared or was resolved.
   *
   * @return true when {@link #newFindings()} or {@link #resolved()} is not empty
   */
  public boolean hasChanges() {
    return !newFindings.isEmpty() || !resolved.isEmpty();
  }
}
