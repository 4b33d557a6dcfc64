package org.productivityplan.validation.internal;

import java.util.Comparator;
import org.productivityplan.model.Finding;

/**
 * The order of findings in a report: severity (errors first), then JSON Pointer in document order
 * (tokens compared one by one, array indexes as numbers, so {@code /projects/2} comes before {@code
 * /projects/10}), then rule id, then message. The order is total, so reports are deterministic.
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
    return result;
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
    boolean numberA = isIndex(a);
    boolean numberB = isIndex(b);
    if (numberA && numberB) {
      int result = Integer.compare(a.length(), b.length());
      return result != 0 ? result : a.compareTo(b);
    }
    if (numberA != numberB) {
      return numberA ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String token) {
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
