package org.productivityplan.validation.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.productivityplan.model.Finding;

/**
 * The order of findings in a report: severity (errors first), then JSON Pointer in document order
 * (tokens compared one by one, array indexes as numbers, so {@code /projects/2} comes before {@code
 * /projects/10}), then rule id, then message, then the remaining fields. Only equal findings tie,
 * so reports are deterministic.
 */
public enum FindingOrder implements Comparator<Finding> {
  /** The one instance. */
  INSTANCE;

  @Override
  public int compare(Finding a, Finding b) {
    int result = a.severity().compareTo(b.severity());
    if (result == 0) {
      result = comparePointers(a.pointer(), b.pointer());
    }
    if (result == 0) {
      result = a.ruleId().compareTo(b.ruleId());
    }
    if (result == 0) {
      result = a.message().compareTo(b.message());
    }
    if (result == 0) {
      result = TIE_BREAK.compare(a, b);
    }
    return result;
  }

  /** Orders findings equal so far by their remaining fields, so that only equal findings tie. */
  private static final Comparator<Finding> TIE_BREAK =
      Comparator.<Finding, Optional<Integer>>comparing(
              Finding::line, FindingOrder::compareOptionals)
          .thenComparing(Finding::column, FindingOrder::compareOptionals)
          .thenComparing(Finding::theme, FindingOrder::compareOptionals)
          .thenComparing(Finding::guidance, FindingOrder::compareOptionals)
          .thenComparing(Finding::messageKey)
          .thenComparing(Finding::arguments, FindingOrder::compareLists);

  private static <T extends Comparable<? super T>> int compareOptionals(
      Optional<T> a, Optional<T> b) {
    if (a.isPresent() && b.isPresent()) {
      return a.get().compareTo(b.get());
    }
    return Boolean.compare(a.isPresent(), b.isPresent());
  }

  private static int compareLists(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int result = a.get(i).compareTo(b.get(i));
      if (result != 0) {
        return result;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /**
   * Compares two JSON Pointers token by token, numeric tokens as numbers.
   *
   * @param a a pointer
   * @param b another
   * @return negative, zero or positive
   */
  public static int comparePointers(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      // both positions are at a '/'
      int endA = a.indexOf('/', i + 1);
      int endB = b.indexOf('/', j + 1);
      endA = endA < 0 ? a.length() : endA;
      endB = endB < 0 ? b.length() : endB;
      int result =
          compareTokens(
              a, i + 1, endA, isIndex(a, i + 1, endA), b, j + 1, endB, isIndex(b, j + 1, endB));
      if (result != 0) {
        return result;
      }
      i = endA;
      j = endB;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /**
   * Compares two reference tokens, each a region of a pointer, whose kinds are known: array indexes
   * as numbers, before names; names as {@link String#compareTo} compares them.
   *
   * @param a a pointer
   * @param fromA where its token starts
   * @param toA where its token ends
   * @param numberA whether that token is an array index ({@link #isIndex})
   * @param b another pointer
   * @param fromB where its token starts
   * @param toB where its token ends
   * @param numberB whether that token is an array index
   * @return negative, zero or positive
   */
  static int compareTokens(
      String a, int fromA, int toA, boolean numberA, String b, int fromB, int toB, boolean numberB) {
    int lengthA = toA - fromA;
    int lengthB = toB - fromB;
    if (numberA && numberB) {
      int result = Integer.compare(lengthA, lengthB);
      if (result != 0) {
        return result;
      }
    } else if (numberA != numberB) {
      return numberA ? -1 : 1;
    }
    int n = Math.min(lengthA, lengthB);
    for (int k = 0; k < n; k++) {
      char ca = a.charAt(fromA + k);
      char cb = b.charAt(fromB + k);
      if (ca != cb) {
        return ca - cb;
      }
    }
    return lengthA - lengthB;
  }

  /**
   * Tells whether a reference token, a region of a pointer, is an array index: digits, without a
   * leading zero.
   *
   * @param pointer the pointer
   * @param from where the token starts
   * @param to where it ends
   * @return true when it is an index
   */
  static boolean isIndex(String pointer, int from, int to) {
    if (from == to || (to - from > 1 && pointer.charAt(from) == '0')) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = pointer.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
