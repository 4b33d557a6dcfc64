package org.productivityplan.io.robustness;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A document made of a head, one unit repeated many times, and a tail, produced on demand so that a
 * 100 MB document costs no memory to hold. Each call to {@link #stream()} or {@link #reader()} starts
 * again from the beginning.
 */
final class GeneratedInput {

  private final byte[] head;
  private final byte[] unit;
  private final long repeat;
  private final byte[] tail;

  private GeneratedInput(String head, String unit, long repeat, String tail) {
    this.head = head.getBytes(StandardCharsets.UTF_8);
    this.unit = unit.getBytes(StandardCharsets.UTF_8);
    this.repeat = repeat;
    this.tail = tail.getBytes(StandardCharsets.UTF_8);
    if (this.unit.length == 0 || repeat < 0) {
      throw new IllegalArgumentException("a non-empty unit repeated a non-negative number of times");
    }
  }

  /**
   * Returns {@code head + unit * repeat + tail}, all ASCII so that bytes and characters agree.
   */
  static GeneratedInput of(String head, String unit, long repeat, String tail) {
    for (String s : new String[] {head, unit, tail}) {
      if (!StandardCharsets.US_ASCII.newEncoder().canEncode(Objects.requireNonNull(s))) {
        throw new IllegalArgumentException("ASCII only, so that a byte is a character: " + s);
      }
    }
    return new GeneratedInput(head, unit, repeat, tail);
  }

  /** Returns the document's length in bytes (and characters). */
  long length() {
    return head.length + unit.length * repeat + tail.length;
  }

  /** Returns a fresh stream of the document's bytes. */
  InputStream stream() {
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        if (position >= length()) {
          return -1;
        }
        return byteAt(position++) & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
          return 0;
        }
        long left = length() - position;
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        for (int i = 0; i < n; i++) {
          b[off + i] = byteAt(position++);
        }
        return n;
      }
    };
  }

  /** Returns a fresh reader of the document's characters. */
  Reader reader() {
    return new Reader() {
      private long position;

      @Override
      public int read(char[] c, int off, int len) {
        Objects.checkFromIndexSize(off, len, c.length);
        if (len == 0) {
          return 0;
        }
        long left = length() - position;
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        for (int i = 0; i < n; i++) {
          c[off + i] = (char) byteAt(position++);
        }
        return n;
      }

      @Override
      public void close() {}
    };
  }

  /** Returns the whole document as a string; only for documents small enough to hold. */
  String text() {
    if (length() > Integer.MAX_VALUE / 2) {
      throw new IllegalStateException("too long to hold as a string: " + length());
    }
    StringBuilder b = new StringBuilder((int) length());
    for (long i = 0; i < length(); i++) {
      b.append((char) byteAt(i));
    }
    return b.toString();
  }

  private byte byteAt(long i) {
    if (i < head.length) {
      return head[(int) i];
    }
    long j = i - head.length;
    long body = unit.length * repeat;
    if (j < body) {
      return unit[(int) (j % unit.length)];
    }
    return tail[(int) (j - body)];
  }

  @Override
  public String toString() {
    return "GeneratedInput{" + length() + " bytes}";
  }
}
