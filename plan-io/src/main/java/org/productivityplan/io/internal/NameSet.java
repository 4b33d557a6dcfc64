package org.productivityplan.io.internal;

/**
 * The names of one object's members, to find a duplicate, kept as offsets into the text they were
 * copied to rather than as strings: a hash table of two ints per name. An object of a million
 * members costs a few megabytes here, not a million strings. Not thread-safe.
 */
final class NameSet {

  private final CharSequence text;
  private int[] starts = new int[16];
  private int[] hashes = new int[16];
  private int size;

  /**
   * Creates a set over a text to which each name is appended, quoted canonically, before it is
   * added.
   */
  NameSet(CharSequence text) {
    this.text = text;
  }

  /**
   * Adds the quoted name at {@code [start, end)} of the text.
   *
   * @return false when the object already has a member of that name
   */
  boolean add(int start, int end, int hash) {
    if ((size + 1) * 2 > starts.length) {
      grow();
    }
    int mask = starts.length - 1;
    int length = end - start;
    for (int i = mix(hash) & mask; ; i = (i + 1) & mask) {
      int s = starts[i];
      if (s == 0) {
        starts[i] = start + 1;
        hashes[i] = hash;
        size++;
        return true;
      }
      if (hashes[i] == hash && same(s - 1, start, length)) {
        return false;
      }
    }
  }

  /**
   * Two canonically quoted names are the same when the new one's characters, closing quote
   * included, match: the closing quote ends the earlier one at the same place.
   */
  private boolean same(int earlier, int start, int length) {
    for (int k = 0; k < length; k++) {
      if (text.charAt(earlier + k) != text.charAt(start + k)) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    int[] oldStarts = starts;
    int[] oldHashes = hashes;
    starts = new int[oldStarts.length * 2];
    hashes = new int[oldStarts.length * 2];
    int mask = starts.length - 1;
    for (int j = 0; j < oldStarts.length; j++) {
      if (oldStarts[j] != 0) {
        int i = mix(oldHashes[j]) & mask;
        while (starts[i] != 0) {
          i = (i + 1) & mask;
        }
        starts[i] = oldStarts[j];
        hashes[i] = oldHashes[j];
      }
    }
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) * 0x45d9f3b;
  }
}
