package org.productivityplan.validation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.BaselineState;

/**
 * Compares one validation's findings with a baseline's, by fingerprint, as they are reported:
 * counts the new ones by severity and remembers which earlier ones were seen, so that the rest are
 * absent. Memory grows with the baseline, not with the findings. Not thread-safe while being
 * filled; immutable in effect once the report holds it.
 */
public final class BaselineComparison {

  private final Map<String, Finding> earlier;
  private final Set<String> seen = new HashSet<>();
  private final Map<Severity, Integer> newCounts = new EnumMap<>(Severity.class);

  /**
   * Starts a comparison.
   *
   * @param earlier the baseline's findings that apply, by fingerprint
   */
  public BaselineComparison(Map<String, Finding> earlier) {
    this.earlier = earlier;
    for (Severity severity : Severity.values()) {
      newCounts.put(severity, 0);
    }
  }

  /**
   * Counts a finding of this validation.
   *
   * @param finding the finding
   */
  public void add(Finding finding) {
    String fingerprint = finding.fingerprint();
    if (earlier.containsKey(fingerprint)) {
      seen.add(fingerprint);
    } else {
      newCounts.merge(finding.severity(), 1, Integer::sum);
    }
  }

  /**
   * Tells how a finding of this validation stands.
   *
   * @param finding the finding
   * @return new or unchanged
   */
  public BaselineState state(Finding finding) {
    return earlier.containsKey(finding.fingerprint()) ? BaselineState.UNCHANGED : BaselineState.NEW;
  }

  /**
   * Returns how many new findings have a severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int newCount(Severity severity) {
    return newCounts.get(severity);
  }

  /**
   * Returns the baseline's findings that this validation did not report.
   *
   * @return the findings, in the baseline's order
   */
  public List<Finding> absent() {
    List<Finding> absent = new ArrayList<>();
    for (Map.Entry<String, Finding> entry : earlier.entrySet()) {
      if (!seen.contains(entry.getKey())) {
        absent.add(entry.getValue());
      }
    }
    return Collections.unmodifiableList(absent);
  }
}
