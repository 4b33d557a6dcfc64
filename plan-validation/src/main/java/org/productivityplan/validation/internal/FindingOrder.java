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
      String tokenA = a.substring(i + 1, endA);
      String tokenB = b.substring(j + 1, endB);
      int result = compareTokens(tokenA, tokenB);
      if (result != 0) {
        return result;
      }
      i = endA;
      j = endB;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int compareTokens(String a, String b) {
    return compareTokens(a, isIndex(a), b, isIndex(b));
  }

  /**
   * Compares two reference tokens whose kinds are known: array indexes as numbers, before names.
   *
   * @param a a token
   * @param numberA whether it is an array index ({@link #isIndex})
   * @param b another token
   * @param numberB whether it is an array index
   * @return negative, zero or positive
   */
  static int compareTokens(String a, boolean numberA, String b, boolean numberB) {
    if (numberA && numberB) {
      int result = Integer.compare(a.length(), b.length());
      return result != 0 ? result : a.compareTo(b);
    }
    if (numberA != numberB) {
      return numberA ? -1 : 1;
    }
    return a.compareTo(b);
  }

  /**
   * Tells whether a reference token is an array index: digits, without a leading zero.
   *
   * @param token the token
   * @return true when it is an index
   */
  static boolean isIndex(String token) {
    if (token.isEmpty() || (token.length() > 1 && token.charAt(0) == '0')) {
      return false;
    }
    for (int k = 0; k < token.length(); k++) {
      char c = token.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
