package org.productivityplan.io.internal;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.SourcePositions;

/**
 * Where each value read stood in the text, kept compactly: one entry per object member, array
 * element and the root, in parallel arrays (parent, name or index, line, column: 20 bytes an entry),
 * with no pointer strings. {@link #find} walks a pointer's segments from the root through a hash
 * index built on first use. Filled by one read, then immutable and safe to share.
 */
final class SourceMap implements SourcePositions {

  private int[] parents = new int[64];
  private @Nullable String[] names = new String[64];
  private int[] indexes = new int[64];
  private int[] lines = new int[64];
  private int[] columns = new int[64];
  private int size;
  private volatile int @Nullable [] table;

  /** Adds an entry; returns its number. */
  int add(int parent, @Nullable String name, int index, int line, int column) {
    if (size == parents.length) {
      int n = size * 2;
      parents = Arrays.copyOf(parents, n);
      names = Arrays.copyOf(names, n);
      indexes = Arrays.copyOf(indexes, n);
      lines = Arrays.copyOf(lines, n);
      columns = Arrays.copyOf(columns, n);
    }
    parents[size] = parent;
    names[size] = name;
    indexes[size] = index;
    lines[size] = line;
    columns[size] = column;
    return size++;
  }

  int line(int entry) {
    return lines[entry];
  }

  int column(int entry) {
    return columns[entry];
  }

  /** Trims the arrays once the read is done. */
  SourceMap done() {
    if (parents.length > size + 16) {
      parents = Arrays.copyOf(parents, size);
      names = Arrays.copyOf(names, size);
      indexes = Arrays.copyOf(indexes, size);
      lines = Arrays.copyOf(lines, size);
      columns = Arrays.copyOf(columns, size);
    }
    return this;
  }

  /** @return the last entry before another of a parent with the given name, or -1 (slow: for errors) */
  int child(int parent, String name, int before) {
    for (int e = before - 1; e > parent; e--) {
      if (parents[e] == parent && name.equals(names[e])) {
        return e;
      }
    }
    return -1;
  }

  @Override
  public Optional<Position> find(String pointer) {
    if (size == 0 || lines[0] < 1) {
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
    return lines[entry] < 1 || columns[entry] < 1
        ? Optional.empty() : Optional.of(new Position(lines[entry], columns[entry]));
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
      if (parents[e] == parent
          && (name == null ? names[e] == null && indexes[e] == index : name.equals(names[e]))) {
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
        int h = hash(parents[e], names[e] == null ? indexes[e] : names[e].hashCode()) & mask;
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
