package org.productivityplan.validation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;

/**
 * Counts every finding but keeps only the first {@code max} in {@link FindingOrder}: memory stays
 * proportional to the cap however many findings the rules report (at most twice the cap are held
 * between cuts), and the kept findings are exactly those a full sort would keep. A finding can be
 * added {@linkplain #add(Deferred) deferred}, by what orders and counts it, and is then built only
 * if it is kept. Not thread-safe.
 */
public final class FindingTally {

  /**
   * A finding not built yet: what the tally needs to count and order it, and how to build it.
   * Building it, or formatting its message, must give the same values each time.
   */
  public interface Deferred {

    /**
     * Returns the finding's rule id.
     *
     * @return the id
     */
    String ruleId();

    /**
     * Returns the finding's severity.
     *
     * @return the severity
     */
    Severity severity();

    /**
     * Returns the finding's pointer.
     *
     * @return the pointer
     */
    String pointer();

    /**
     * Returns the finding's theme, as {@link Finding#theme()} will.
     *
     * @return the theme, or null when none
     */
    @Nullable Theme theme();

    /**
     * Tells whether the finding is a consequence of another ({@link Finding#causedBy()} present).
     *
     * @return whether it is
     */
    boolean isConsequence();

    /**
     * Returns the finding's message, as {@link Finding#message()} will.
     *
     * @return the message
     */
    String message();

    /**
     * Builds the finding.
     *
     * @return the finding
     */
    Finding build();
  }

  private static final Severity[] SEVERITIES = Severity.values();
  private static final Theme[] THEMES = Theme.values();

  private final int max;

  /** How many findings are held before those past the cap are dropped. */
  private final int limit;

  /** The findings held, with their sort keys; in no order until cut or sorted. */
  private final List<Keyed> kept = new ArrayList<>();

  /** After the first cut, the last of the first max findings then; null before. */
  private @Nullable Keyed last;

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
    this.limit = max <= Integer.MAX_VALUE / 4 ? 2 * max : Integer.MAX_VALUE - 8;
  }

  /**
   * Counts a finding, and keeps it if it is among the first {@code max}. A consequence ({@link
   * Finding#causedBy()}) counts towards the total but not towards the counts by severity or theme,
   * so that a root cause and its details are not counted twice.
   *
   * @param finding the finding
   */
  public void add(Finding finding) {
    count(finding.severity(), finding.theme().orElse(null), finding.causedBy().isPresent());
    hold(new Keyed(finding, null));
  }

  /**
   * Counts a finding not built yet, as {@link #add(Finding)} counts a finding; it is built only if
   * it is among the first {@code max}.
   *
   * @param finding the finding to be
   */
  public void add(Deferred finding) {
    count(finding.severity(), finding.theme(), finding.isConsequence());
    hold(new Keyed(null, finding));
  }

  /**
   * Tells whether a finding with these keys could still be among the first {@code max}: false only
   * when it would sort after the last of the first {@code max} held so far on severity, pointer
   * and rule id alone, so that it can be counted ({@link #countDropped}) without being made at all.
   *
   * @param severity the finding's severity
   * @param pointer its pointer
   * @param ruleId its rule id
   * @return false when it can never be kept
   */
  public boolean canKeep(Severity severity, String pointer, String ruleId) {
    Keyed bound = last;
    if (bound == null) {
      return true;
    }
    int result = severity.compareTo(bound.severity);
    if (result == 0) {
      result = FindingOrder.comparePointers(pointer, bound.pointer);
    }
    if (result == 0) {
      result = ruleId.compareTo(bound.ruleId);
    }
    return result <= 0;
  }

  /**
   * Tells whether no finding of a severity can be kept any more, whatever its pointer: more than
   * {@code max} findings have been added, and the first {@code max} of them are all more serious.
   *
   * @param severity a severity
   * @return true when {@link #canKeep} would say false for every finding of that severity
   */
  public boolean keepsNone(Severity severity) {
    Keyed bound = last;
    return bound != null && severity.compareTo(bound.severity) > 0;
  }

  /**
   * Counts a finding that {@link #canKeep} said can never be kept, as {@link #add(Deferred)} would
   * count it.
   *
   * @param severity the finding's severity
   * @param theme its theme, or null when none
   * @param consequence whether it is a consequence of another ({@link Finding#causedBy()})
   */
  public void countDropped(Severity severity, @Nullable Theme theme, boolean consequence) {
    count(severity, theme, consequence);
  }

  private void count(Severity severity, @Nullable Theme theme, boolean consequence) {
    total++;
    // A consequence is a detail of its root cause's finding, which is counted already.
    if (!consequence) {
      counts[severity.ordinal()]++;
      if (theme != null) {
        themeCounts[theme.ordinal()]++;
      }
    }
  }

  private void hold(Keyed keyed) {
    if (last != null && keyed.compareTo(last) >= 0) {
      // Not before the last of the first max found so far: it can never be among them.
      return;
    }
    kept.add(keyed);
    if (kept.size() >= limit) {
      // Those past the first max can never be among the first max of more findings.
      Collections.sort(kept);
      kept.subList(max, kept.size()).clear();
      last = kept.get(max - 1);
    }
  }

  /**
   * Returns the kept findings, sorted, building those that were deferred.
   *
   * @return a new list
   */
  public List<Finding> sorted() {
    Collections.sort(kept);
    int n = Math.min(max, kept.size());
    List<Finding> sorted = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      sorted.add(kept.get(i).finding());
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

  /**
   * A finding, built or deferred, with the key it sorts by ({@link FindingOrder}), computed once:
   * where each reference token of its pointer ends, negated for an array index, so that
   * comparisons neither re-parse pointers nor cut them into strings.
   */
  private static final class Keyed implements Comparable<Keyed> {

    private static final int[] NO_TOKENS = new int[0];

    private @Nullable Finding finding;
    private final @Nullable Deferred deferred;
    private final Severity severity;
    private final String ruleId;
    private final String pointer;

    /** The end of each token (its start is one past the previous end); negative for an index. */
    private final int[] ends;

    Keyed(@Nullable Finding finding, @Nullable Deferred deferred) {
      this.finding = finding;
      this.deferred = deferred;
      if (finding != null) {
        this.severity = finding.severity();
        this.ruleId = finding.ruleId();
        this.pointer = finding.pointer();
      } else {
        Deferred d = Objects.requireNonNull(deferred);
        this.severity = d.severity();
        this.ruleId = d.ruleId();
        this.pointer = d.pointer();
      }
      this.ends = ends(pointer);
    }

    Finding finding() {
      if (finding == null) {
        finding = Objects.requireNonNull(deferred).build();
      }
      return finding;
    }

    String message() {
      return finding != null
          ? finding.message()
          : Objects.requireNonNull(deferred).message();
    }

    private static int[] ends(String pointer) {
      if (pointer.isEmpty()) {
        return NO_TOKENS;
      }
      // Two plain passes: pointers are short, and a search per token would cost more.
      int length = pointer.length();
      int count = 0;
      for (int i = 0; i < length; i++) {
        if (pointer.charAt(i) == '/') {
          count++;
        }
      }
      int[] ends = new int[count];
      int t = 0;
      int start = 1;
      for (int i = 1; t < count; i++) {
        if (i == length || pointer.charAt(i) == '/') {
          ends[t++] = FindingOrder.isIndex(pointer, start, i) ? -i : i;
          start = i + 1;
        }
      }
      return ends;
    }

    @Override
    public int compareTo(Keyed other) {
      int result = severity.compareTo(other.severity);
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
      result = ruleId.compareTo(other.ruleId);
      if (result != 0) {
        return result;
      }
      result = message().compareTo(other.message());
      if (result != 0) {
        return result;
      }
      // Equal so far: the rest of the order as FindingOrder has it, on the findings themselves.
      return FindingOrder.INSTANCE.compare(finding(), other.finding());
    }
  }
}
