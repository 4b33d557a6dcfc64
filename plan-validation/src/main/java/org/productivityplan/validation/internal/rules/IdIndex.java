package org.productivityplan.validation.internal.rules;

/**
 * Ids mapped to whole numbers (not negative), for the rules that look up every id of a plan
 * (PP002, PP003, PP153): open addressing with each id's hash kept beside it, so that a look-up
 * reads one slot of an array and compares an id's text only when the hashes match, and adding an
 * id makes no entry object. At least half of the slots are kept free. Not thread-safe.
 */
final class IdIndex {

  /** What {@link #get} and {@link #putIfAbsent} answer for an id that is not there. */
  static final int ABSENT = -1;

  private String[] ids;
  private int[] hashes;
  private int[] values;
  private int size;

  /**
   * Starts an empty index.
   *
   * @param expected how many ids it will likely hold; it grows past that when needed
   */
  IdIndex(int expected) {
    int capacity = 8;
    while (capacity < 2 * expected && capacity < (1 << 30)) {
      capacity <<= 1;
    }
    ids = new String[capacity];
    hashes = new int[capacity];
    values = new int[capacity];
  }

  /**
   * Returns how many ids it holds.
   *
   * @return the count of distinct ids
   */
  int size() {
    return size;
  }

  /**
   * Returns the number an id maps to.
   *
   * @param id the id
   * @return its number, or {@link #ABSENT}
   */
  int get(String id) {
    int slot = slot(id, id.hashCode());
    return ids[slot] == null ? ABSENT : values[slot];
  }

  /**
   * Tells whether it holds an id.
   *
   * @param id the id
   * @return whether it is there
   */
  boolean contains(String id) {
    return get(id) != ABSENT;
  }

  /**
   * Maps an id to a number unless it is there already, as {@link java.util.Map#putIfAbsent} does.
   *
   * @param id the id
   * @param value the number, not negative
   * @return the number the id already had, or {@link #ABSENT} when it was added
   */
  int putIfAbsent(String id, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("An id's number must not be negative, but was " + value);
    }
    int hash = id.hashCode();
    int slot = slot(id, hash);
    if (ids[slot] != null) {
      return values[slot];
    }
    ids[slot] = id;
    hashes[slot] = hash;
    values[slot] = value;
    if (++size * 2 > ids.length) {
      grow();
    }
    return ABSENT;
  }

  /**
   * Probes for an id: the slot that holds it, or else the free slot where it would go.
   *
   * @param id the id
   * @param hash its hash
   * @return the slot
   */
  private int slot(String id, int hash) {
    int mask = ids.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String held = ids[slot];
      if (held == null || hashes[slot] == hash && held.equals(id)) {
        return slot;
      }
    }
  }

  private void grow() {
    String[] oldIds = ids;
    int[] oldHashes = hashes;
    int[] oldValues = values;
    int capacity = oldIds.length * 2;
    ids = new String[capacity];
    hashes = new int[capacity];
    values = new int[capacity];
    int mask = capacity - 1;
    for (int i = 0; i < oldIds.length; i++) {
      if (oldIds[i] != null) {
        int slot = spread(oldHashes[i]) & mask;
        while (ids[slot] != null) {
          slot = (slot + 1) & mask;
        }
        ids[slot] = oldIds[i];
        hashes[slot] = oldHashes[i];
        values[slot] = oldValues[i];
      }
    }
  }

  /** Mixes a string's hash so that ids differing only in their last characters spread apart. */
  private static int spread(int hash) {
    int mixed = hash * 0x9E3779B9;
    return mixed ^ (mixed >>> 16);
  }
}
