package org.productivityplan.validation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  private static final Severity[] SEVERITIES = Severity.values();
  private static final Theme[] THEMES = Theme.values();

  /** Counts by severity and by theme, indexed by ordinal. */
  private final int[] counts = new int[SEVERITIES.length];

  private final int[] themeCounts = new int[THEMES.length];
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
      counts[finding.severity().ordinal()]++;
      Optional<Theme> theme = finding.theme();
      if (theme.isPresent()) {
        themeCounts[theme.get().ordinal()]++;
      }
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
    Map<Severity, Integer> map = new EnumMap<>(Severity.class);
    for (Severity severity : SEVERITIES) {
      map.put(severity, counts[severity.ordinal()]);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * A finding with the key it sorts by ({@link FindingOrder}), computed once: where each reference
   * token of its pointer ends, negated for an array index, so that comparisons neither re-parse
   * pointers nor cut them into strings.
   */
  private static final class Keyed implements Comparable<Keyed> {

    private static final int[] NO_TOKENS = new int[0];

    final Finding finding;
    final String pointer;

    /** The end of each token (its start is one past the previous end); negative for an index. */
    final int[] ends;

    Keyed(Finding finding) {
      this.finding = finding;
      this.pointer = finding.pointer();
      this.ends = ends(pointer);
    }

    private static int[] ends(String pointer) {
      if (pointer.isEmpty()) {
        return NO_TOKENS;
      }
      int count = 0;
      for (int i = 0; i < pointer.length(); i++) {
        if (pointer.charAt(i) == '/') {
          count++;
        }
      }
      int[] ends = new int[count];
      int start = 1;
      for (int t = 0; t < count; t++) {
        int end = pointer.indexOf('/', start);
        end = end < 0 ? pointer.length() : end;
        ends[t] = FindingOrder.isIndex(pointer, start, end) ? -end : end;
        start = end + 1;
      }
      return ends;
    }

    @Override
    public int compareTo(Keyed other) {
      int result = finding.severity().compareTo(other.finding.severity());
      if (result != 0) {
        return result;
      }
      int n = Math.min(ends.length, other.ends.length);
      int startA = 1;
      int startB = 1;
      for (int i = 0; i < n; i++) {
        int endA = ends[i];
        int endB = other.ends[i];
        boolean indexA = endA < 0;
        boolean indexB = endB < 0;
        endA = Math.abs(endA);
        endB = Math.abs(endB);
        result =
            FindingOrder.compareTokens(
                pointer, startA, endA, indexA, other.pointer, startB, endB, indexB);
        if (result != 0) {
          return result;
        }
        startA = endA + 1;
        startB = endB + 1;
      }
      result = Integer.compare(ends.length, other.ends.length);
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
    Map<Theme, Integer> map = new EnumMap<>(Theme.class);
    for (Theme theme : THEMES) {
      if (themeCounts[theme.ordinal()] > 0) {
        map.put(theme, themeCounts[theme.ordinal()]);
      }
    }
    return Collections.unmodifiableMap(map.isEmpty() ? Map.of() : map);
  }
}
