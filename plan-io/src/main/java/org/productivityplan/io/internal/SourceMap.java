package org.productivityplan.io.internal;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.SourcePositions;

/**
 * Where each value read stood in the text, kept compactly: one entry per object member, array
 * element and the root, in chunks of ints and of names (parent, name or index, line, column as the
 * parser counts it, offset: 24 bytes an entry), with no pointer strings. A column is turned into
 * UTF-16 characters only when it is asked for. {@link #find} walks a pointer's segments from the root through a hash
 * index built on first use. Filled by one read, then immutable and safe to share.
 */
final class SourceMap implements SourcePositions {

  // Entries are kept in chunks of CHUNK (the first one grows to it from 64), so that a large
  // document's map is never copied to grow or to be trimmed; at most one chunk is part-empty. Each
  // chunk of ints holds WIDTH per entry: parent, index, line, column and offset as the parser counts
  // them (bytes for a byte parser; the offset -1 when unknown or beyond 2 GB).
  private static final int SHIFT = 10;
  private static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;
  private static final int PARENT = 0;
  private static final int INDEX = 1;
  private static final int LINE = 2;
  private static final int COLUMN = 3;
  private static final int OFFSET = 4;
  private static final int WIDTH = 5;

  private final Utf8Input.@Nullable Columns columns;
  private int[][] ints;
  private @Nullable String[][] names;
  private int size;
  // The chunk being filled, and the number of entries that fit before it is full.
  private int[] current;
  private @Nullable String[] currentNames;
  private int capacity;
  private volatile int @Nullable [] table;

  /**
   * Creates an empty map.
   *
   * @param columns what turns the parser's byte columns into UTF-16 columns, or null when the
   *     parser's columns are characters already
   * @param expected about how many entries to make room for at first (up to a chunk)
   */
  SourceMap(Utf8Input.@Nullable Columns columns, int expected) {
    this.columns = columns;
    int first = Math.max(64, Math.min(CHUNK, Integer.highestOneBit(Math.max(1, expected)) << 1));
    this.current = new int[first * WIDTH];
    this.currentNames = new String[first];
    this.ints = new int[][] {current};
    this.names = new String[][] {currentNames};
    this.capacity = first;
  }

  /** Adds an entry, with the column and offset as the parser counts them; returns its number. */
  int add(int parent, @Nullable String name, int index, int line, int column, long offset) {
    if (size == capacity) {
      grow();
    }
    int slot = size & MASK;
    int[] chunk = current;
    int i = slot * WIDTH;
    chunk[i + PARENT] = parent;
    chunk[i + INDEX] = index;
    chunk[i + LINE] = line;
    chunk[i + COLUMN] = column;
    chunk[i + OFFSET] = offset < 0 || offset > Integer.MAX_VALUE ? -1 : (int) offset;
    currentNames[slot] = name;
    return size++;
  }

  /**
   * Makes room for one more entry: the first chunk doubles up to CHUNK entries, then a new chunk (or
   * the next one already made, when the map was {@linkplain #truncate truncated}).
   */
  private void grow() {
    int c = size >>> SHIFT;
    if (c == ints.length) {
      ints = Arrays.copyOf(ints, c * 2);
      names = Arrays.copyOf(names, c * 2);
    }
    if (ints[c] == null) {
      ints[c] = new int[CHUNK * WIDTH];
      names[c] = new String[CHUNK];
    } else if (names[c].length < CHUNK) {
      int slots = names[c].length;
      ints[c] = Arrays.copyOf(ints[c], slots * 2 * WIDTH);
      names[c] = Arrays.copyOf(names[c], slots * 2);
    }
    current = ints[c];
    currentNames = names[c];
    capacity = (c << SHIFT) + currentNames.length;
  }

  /**
   * Drops the entries from {@code n} on, to be made again: a read that keeps no positions keeps only
   * those of the path being read and of the members before it in each object (for the place of a
   * duplicate's first occurrence), so its map stays as small as the document is deep.
   *
   * @param n the number of entries kept
   */
  void truncate(int n) {
    if (n >= size) {
      return;
    }
    size = n;
    int c = n >>> SHIFT;
    current = ints[c];
    currentNames = names[c];
    capacity = (c << SHIFT) + currentNames.length;
  }

  private int get(int entry, int field) {
    return ints[entry >>> SHIFT][(entry & MASK) * WIDTH + field];
  }

  @Nullable String name(int entry) {
    return names[entry >>> SHIFT][entry & MASK];
  }

  int index(int entry) {
    return get(entry, INDEX);
  }

  private int parent(int entry) {
    return get(entry, PARENT);
  }

  int line(int entry) {
    return get(entry, LINE);
  }

  /** @return the entry's column in UTF-16 characters, from 1 */
  int column(int entry) {
    int column = get(entry, COLUMN);
    Utf8Input.Columns c = columns;
    if (c == null || c.isAscii() || column <= 1) {
      return column;
    }
    int offset = get(entry, OFFSET);
    return offset < 0 ? column : c.charColumn(offset, column);
  }

  /** Marks the read done; the map is not copied (see the chunks above). */
  SourceMap done() {
    return this;
  }

  /** @return the last entry before another of a parent with the given name, or -1 (slow: for errors) */
  int child(int parent, String name, int before) {
    for (int e = before - 1; e > parent; e--) {
      if (parent(e) == parent && name.equals(name(e))) {
        return e;
      }
    }
    return -1;
  }

  @Override
  public Optional<Position> find(String pointer) {
    if (size == 0 || line(0) < 1) {
      return Optional.empty();
    }
    if (pointer.isEmpty()) {
      return position(0);
    }
    if (pointer.charAt(0) != '/') {
      return Optional.empty();
    }
    int[] t = index();
    int entry = 0;
    int from = 1;
    while (true) {
      int slash = pointer.indexOf('/', from);
      String segment = unescape(pointer.substring(from, slash < 0 ? pointer.length() : slash));
      entry = lookup(t, entry, segment);
      if (entry < 0) {
        return Optional.empty();
      }
      if (slash < 0) {
        return position(entry);
      }
      from = slash + 1;
    }
  }

  private Optional<Position> position(int entry) {
    int line = line(entry);
    int column = column(entry);
    return line < 1 || column < 1 ? Optional.empty() : Optional.of(new Position(line, column));
  }

  private int lookup(int[] t, int parent, String segment) {
    int index = arrayIndex(segment);
    int e = index >= 0 ? probe(t, parent, null, index) : -1;
    return e >= 0 ? e : probe(t, parent, segment, -1);
  }

  private int probe(int[] t, int parent, @Nullable String name, int index) {
    int mask = t.length - 1;
    for (int i = hash(parent, name == null ? index : name.hashCode()) & mask; ; i = (i + 1) & mask) {
      int e = t[i] - 1;
      if (e < 0) {
        return -1;
      }
      if (parent(e) == parent
          && (name == null ? name(e) == null && get(e, INDEX) == index : name.equals(name(e)))) {
        return e;
      }
    }
  }

  private int[] index() {
    int[] t = table;
    if (t == null) {
      int n = Integer.highestOneBit(Math.max(16, size * 2 - 1)) << 1;
      t = new int[n];
      int mask = n - 1;
      for (int e = 1; e < size; e++) {
        String name = name(e);
        int h = hash(parent(e), name == null ? get(e, INDEX) : name.hashCode()) & mask;
        while (t[h] != 0) {
          h = (h + 1) & mask;
        }
        t[h] = e + 1;
      }
      table = t;
    }
    return t;
  }

  private static int hash(int parent, int key) {
    int h = parent * 0x9E3779B1 + key;
    return h ^ (h >>> 15);
  }

  private static int arrayIndex(String segment) {
    int n = segment.length();
    if (n == 0 || n > 9 || (n > 1 && segment.charAt(0) == '0')) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < n; i++) {
      char c = segment.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static String unescape(String segment) {
    return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
  }

  @Override
  public String toString() {
    return "SourcePositions{" + size + " values}";
  }
}
