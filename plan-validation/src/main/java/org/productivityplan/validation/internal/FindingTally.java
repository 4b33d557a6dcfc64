package org.productivityplan.validation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;

/**
 * Counts every finding but keeps only the first {@code max} in {@link FindingOrder}, in a bounded
 * heap: memory stays proportional to the cap however many findings the rules report, and the kept
 * findings are exactly those a full sort would keep. Not thread-safe.
 */
public final class FindingTally {

  private final int max;

  /** The kept findings with their sort keys, the one that sorts last at the head. */
  private final PriorityQueue<Keyed> kept;

  private final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
  private final Map<Theme, Integer> themeCounts = new EnumMap<>(Theme.class);
  private int total;

  /**
   * Starts an empty tally.
   *
   * @param max how many findings to keep, at least 1
   */
  public FindingTally(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("The cap on findings must be at least 1, but was " + max);
    }
    this.max = max;
    this.kept = new PriorityQueue<>(Math.min(max, 64), Comparator.<Keyed>naturalOrder().reversed());
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
  }

  /**
   * Counts a finding, and keeps it if it is among the first {@code max}. A consequence ({@link
   * Finding#causedBy()}) counts towards the total but not towards the counts by severity or theme,
   * so that a root cause and its details are not counted twice.
   *
   * @param finding the finding
   */
  public void add(Finding finding) {
    total++;
    // A consequence is a detail of its root cause's finding, which is counted already.
    if (finding.causedBy().isEmpty()) {
      counts.merge(finding.severity(), 1, Integer::sum);
      finding.theme().ifPresent(theme -> themeCounts.merge(theme, 1, Integer::sum));
    }
    if (kept.size() < max) {
      kept.add(new Keyed(finding));
    } else {
      Keyed keyed = new Keyed(finding);
      if (keyed.compareTo(kept.peek()) < 0) {
        kept.poll();
        kept.add(keyed);
      }
    }
  }

  /**
   * Returns the kept findings, sorted.
   *
   * @return a new list
   */
  public List<Finding> sorted() {
    List<Keyed> keyed = new ArrayList<>(kept);
    Collections.sort(keyed);
    List<Finding> sorted = new ArrayList<>(keyed.size());
    for (Keyed k : keyed) {
      sorted.add(k.finding);
    }
    return sorted;
  }

  /**
   * Returns how many findings were counted.
   *
   * @return the total, kept or not
   */
  public int total() {
    return total;
  }

  /**
   * Returns the counts by severity, every severity present.
   *
   * @return an unmodifiable copy
   */
  public Map<Severity, Integer> counts() {
    return Collections.unmodifiableMap(new EnumMap<>(counts));
  }

  /**
   * A finding with the key it sorts by ({@link FindingOrder}), computed once: its pointer split
   * into tokens, each marked as an array index or not, so that comparisons do not re-parse
   * pointers.
   */
  private static final class Keyed implements Comparable<Keyed> {

    final Finding finding;
    final String[] tokens;
    final boolean[] index;

    Keyed(Finding finding) {
      this.finding = finding;
      String pointer = finding.pointer();
      this.tokens = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
      this.index = new boolean[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        index[i] = FindingOrder.isIndex(tokens[i]);
      }
    }

    @Override
    public int compareTo(Keyed other) {
      int result = finding.severity().compareTo(other.finding.severity());
      if (result != 0) {
        return result;
      }
      int n = Math.min(tokens.length, other.tokens.length);
      for (int i = 0; i < n; i++) {
        result = FindingOrder.compareTokens(tokens[i], index[i], other.tokens[i], other.index[i]);
        if (result != 0) {
          return result;
        }
      }
      result = Integer.compare(tokens.length, other.tokens.length);
      if (result != 0) {
        return result;
      }
      // Equal so far: the rest of the order (rule id, message, ...) as FindingOrder has it.
      return FindingOrder.INSTANCE.compare(finding, other.finding);
    }
  }

  /**
   * Returns the counts by theme, only themes with findings.
   *
   * @return an unmodifiable copy
   */
  public Map<Theme, Integer> themeCounts() {
    return Collections.unmodifiableMap(
        themeCounts.isEmpty() ? Map.of() : new EnumMap<>(themeCounts));
  }
}
