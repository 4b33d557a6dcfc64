package org.productivityplan.validation.internal;

/** Numbers written in ASCII digits inside a longer text: a pointer's array index, a placeholder's. */
final class Digits {

  private Digits() {}

  /**
   * Returns the number the ASCII digits from {@code from} to {@code to} make; callers bound the
   * length so that it fits an {@code int}.
   *
   * @return the number, or -1 when the region is empty or holds anything but {@code 0} to {@code 9}
   */
  static int value(String text, int from, int to) {
    if (from == to) {
      return -1;
    }
    int value = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Returns the array index that the JSON Pointer reference token from {@code from} to {@code to}
   * writes: ASCII digits without a leading zero, at most nine (so that it fits an {@code int}).
   *
   * @return the index, or -1 when the token is not one
   */
  static int index(String pointer, int from, int to) {
    if (to - from > 9 || (to - from > 1 && pointer.charAt(from) == '0')) {
      return -1;
    }
    return value(pointer, from, to);
  }
}
