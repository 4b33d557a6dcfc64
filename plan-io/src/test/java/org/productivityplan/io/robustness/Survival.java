package org.productivityplan.io.robustness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a document read with the document written from what was read: every scalar of the input
 * must be in the output at the same place, unless a problem was reported at its pointer or an
 * ancestor's (below the root), or it is a default the format omits ({@code "approximate": false}).
 * Array elements reported at their own pointer may have been dropped; the rest must line up.
 *
 * <p>Money and date ranges are single values in format 1.0, read whole or not at all: a problem
 * reported at one of their members (a wrong currency, an unknown member) covers the whole value.
 */
final class Survival {

  private static final Object MISSING = new Object() {
    @Override
    public String toString() {
      return "nothing";
    }
  };

  /** The properties whose values are money or date ranges: objects read whole or not at all. */
  private static final Set<String> VALUE_OBJECTS = Set.of("reserves", "amount", "upTo", "period");

  private Survival() {}

  /**
   * Compares; returns how many scalars were checked and adds a line to {@code lost} for each one
   * dropped or changed without a report.
   */
  static int compare(Object in, Object out, String pointer, Set<String> reported, List<String> lost) {
    if (isReported(pointer, reported)) {
      return 0;
    }
    if (in instanceof Map && isValueObject(pointer) && isReportedWithin(pointer, reported)) {
      return 0;
    }
    if (in instanceof Map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> o = (Map<String, Object>) in;
      Map<?, ?> other = out instanceof Map ? (Map<?, ?>) out : Map.of();
      if (!(out instanceof Map) && out != MISSING && !o.isEmpty()) {
        lost.add(pointer + ": an object became " + out);
        return 0;
      }
      int n = 0;
      for (Map.Entry<String, Object> e : o.entrySet()) {
        Object v = other.containsKey(e.getKey()) ? other.get(e.getKey()) : MISSING;
        n += compare(e.getValue(), v, pointer + "/" + JsonTree.escape(e.getKey()), reported, lost);
      }
      return n;
    }
    if (in instanceof List) {
      List<?> a = (List<?>) in;
      List<?> b = out instanceof List ? (List<?>) out : List.of();
      if (!(out instanceof List) && out != MISSING && !a.isEmpty()) {
        lost.add(pointer + ": an array became " + out);
        return 0;
      }
      int drops = a.size() - b.size();
      if (drops < 0) {
        lost.add(pointer + ": " + (-drops) + " more elements written than read");
        return 0;
      }
      // Which elements were dropped: only ones reported at their own pointer, exactly as many as
      // are missing, chosen to lose the fewest values (so an element that lines up is kept).
      int[][] cost = new int[a.size() + 1][drops + 1];
      boolean[][] dropped = new boolean[a.size() + 1][drops + 1];
      int impossible = Integer.MAX_VALUE / 2;
      for (int[] row : cost) {
        Arrays.fill(row, impossible);
      }
      cost[0][0] = 0;
      for (int i = 0; i < a.size(); i++) {
        String p = pointer + "/" + i;
        for (int d = 0; d <= drops; d++) {
          if (cost[i][d] >= impossible) {
            continue;
          }
          int j = i - d;
          if (j < b.size()) {
            List<String> l = new ArrayList<>();
            compare(a.get(i), b.get(j), p, reported, l);
            if (cost[i][d] + l.size() < cost[i + 1][d]) {
              cost[i + 1][d] = cost[i][d] + l.size();
              dropped[i + 1][d] = false;
            }
          }
          if (d < drops && reported.contains(p) && cost[i][d] < cost[i + 1][d + 1]) {
            cost[i + 1][d + 1] = cost[i][d];
            dropped[i + 1][d + 1] = true;
          }
        }
      }
      if (cost[a.size()][drops] >= impossible) {
        lost.add(pointer + ": " + drops + " elements dropped, but fewer were reported");
        return 0;
      }
      boolean[] skip = new boolean[a.size()];
      for (int i = a.size(), d = drops; i > 0; i--) {
        skip[i - 1] = dropped[i][d];
        if (skip[i - 1]) {
          d--;
        }
      }
      int n = 0;
      int j = 0;
      for (int i = 0; i < a.size(); i++) {
        if (!skip[i]) {
          n += compare(a.get(i), b.get(j++), pointer + "/" + i, reported, lost);
        }
      }
      return n;
    }
    if (out == MISSING) {
      if (!(Boolean.FALSE.equals(in) && pointer.endsWith("/approximate"))) {
        lost.add(pointer + ": " + in + " was dropped");
      }
    } else if (!in.equals(out)) {
      lost.add(pointer + ": " + in + " became " + out);
    }
    return 1;
  }

  private static boolean isValueObject(String pointer) {
    return VALUE_OBJECTS.contains(pointer.substring(pointer.lastIndexOf('/') + 1));
  }

  private static boolean isReportedWithin(String pointer, Set<String> reported) {
    return reported.stream().anyMatch(r -> r.startsWith(pointer + "/"));
  }

  /** Whether a problem was reported at the pointer or an ancestor other than the root. */
  static boolean isReported(String pointer, Set<String> reported) {
    for (String r : reported) {
      if (!r.isEmpty() && (pointer.equals(r) || pointer.startsWith(r + "/"))) {
        return true;
      }
    }
    return false;
  }
}
