package org.productivityplan.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The caller's bytes on their way to Jackson's UTF-8 parser: drops a leading byte-order mark, passes
 * on at most the document size limit, checks that the bytes are UTF-8 as strictly as the JDK's
 * decoder (overlong forms, surrogates and bytes past U+10FFFF are refused, at the byte where their
 * sequence starts), and remembers just enough to turn Jackson's byte columns into UTF-16 columns:
 * one bit per byte that adds no character, and only once a byte that is not ASCII has been seen.
 * Whatever the caller's stream does (throws a runtime exception, returns no bytes forever) becomes
 * an {@link IOException}. Not thread-safe: one per read.
 */
final class Utf8Input extends InputStream {

  /** The document is longer than the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("the document is longer than " + limit + " bytes", null);
    }
  }

  /** The bytes are not UTF-8. */
  static final class Invalid extends IOException {
    private static final long serialVersionUID = 1L;
    final long offset;
    final long rawOffset;
    final int value;

    Invalid(long offset, long rawOffset, int value) {
      super("invalid UTF-8 at offset " + rawOffset, null);
      this.offset = offset;
      this.rawOffset = rawOffset;
      this.value = value;
    }
  }

  /** Eight bytes of an array as a little-endian long. */
  static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** How many reads in a row may return no bytes before the stream is taken to be stuck. */
  static final int MAX_EMPTY_READS = 1000;

  private final InputStream in;
  private final long limit;
  private final byte[] buf = new byte[8192];
  private int start;
  private int valid;
  private int end;
  private long origin;
  private boolean eof;
  private boolean started;
  private int bom;
  private IOException pending;

  private final Columns columns = new Columns();

  Utf8Input(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (start == valid) {
      if (pending != null) {
        throw pending;
      }
      if (eof && valid == end) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, valid - start);
    System.arraycopy(buf, start, b, off, n);
    start += n;
    return n;
  }

  /** @return whether the first {@code length} bytes begin with UTF-8's byte-order mark */
  static boolean startsWithByteOrderMark(byte[] b, int length) {
    return length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  /** Reads more bytes from the caller and checks them. */
  private void fill() throws IOException {
    // Keep the bytes of an incomplete sequence at the front.
    int keep = end - valid;
    System.arraycopy(buf, valid, buf, 0, keep);
    origin += valid;
    start = 0;
    valid = 0;
    end = keep;
    int empty = 0;
    while (end < buf.length) {
      int n;
      try {
        n = in.read(buf, end, buf.length - end);
      } catch (IOException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new IOException(String.valueOf(e.getMessage() == null ? e : e.getMessage()), e);
      }
      if (n < 0) {
        eof = true;
        break;
      }
      if (n == 0) {
        if (++empty >= MAX_EMPTY_READS) {
          throw new IOException("the stream returned no bytes " + MAX_EMPTY_READS + " times in a row");
        }
        continue;
      }
      end += n;
      if (!started && end < 3) {
        continue;
      }
      break;
    }
    if (!started) {
      started = true;
      if (startsWithByteOrderMark(buf, end)) {
        bom = 3;
        start = 3;
        valid = 3;
        // Offsets count from after the mark, as the parser sees them.
        origin = -3;
      }
    }
    long total = origin + end;
    if (total > limit) {
      int allowed = (int) (limit - origin);
      end = Math.max(valid, Math.min(end, allowed));
      pending = new TooLarge(limit);
      eof = true;
    }
    check();
  }

  /** Checks the bytes from {@code valid} to {@code end}, moving {@code valid} past whole sequences. */
  private void check() {
    int stop = scan(buf, valid, end, origin, columns);
    if (stop < 0) {
      int i = -stop - 1;
      fail(i, buf[i] & 0xFF);
      valid = i;
      return;
    }
    if (stop < end && eof && pending == null) {
      // An incomplete sequence at the very end.
      fail(stop, buf[stop] & 0xFF);
    }
    valid = stop;
  }

  /**
   * Checks that bytes are UTF-8, as strictly as the JDK's decoder, and marks in {@code columns} each
   * byte that adds no UTF-16 character.
   *
   * @param origin the document offset of {@code b[0]}
   * @return the index after the last whole sequence (before {@code to} when the last one is
   *     incomplete), or {@code -(i + 1)} when the sequence starting at {@code i} is not UTF-8
   */
  static int scan(byte[] b, int from, int to, long origin, Columns columns) {
    int i = from;
    while (i < to) {
      // ASCII 32 and 8 bytes at a time: the common case, and the loop's cost otherwise.
      if (i + 32 <= to && (((long) LONGS.get(b, i) | (long) LONGS.get(b, i + 8)
          | (long) LONGS.get(b, i + 16) | (long) LONGS.get(b, i + 24)) & 0x8080808080808080L) == 0) {
        i += 32;
        continue;
      }
      if (i + 8 <= to && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
        i += 8;
        continue;
      }
      if (b[i] >= 0) {
        i++;
        continue;
      }
      int c = b[i] & 0xFF;
      int n;
      if (c < 0xC2) {
        return -i - 1;
      } else if (c < 0xE0) {
        n = 2;
      } else if (c < 0xF0) {
        n = 3;
      } else if (c < 0xF5) {
        n = 4;
      } else {
        return -i - 1;
      }
      int have = Math.min(n, to - i);
      for (int k = 1; k < have; k++) {
        int x = b[i + k] & 0xFF;
        if (x < 0x80 || x > 0xBF
            || k == 1 && (c == 0xE0 && x < 0xA0 || c == 0xED && x > 0x9F
                || c == 0xF0 && x < 0x90 || c == 0xF4 && x > 0x8F)) {
          return -i - 1;
        }
      }
      if (have < n) {
        return i;
      }
      for (int k = n == 4 ? 2 : 1; k < n; k++) {
        columns.mark(origin + i + k);
      }
      i += n;
    }
    return i;
  }

  private void fail(int i, int value) {
    if (pending == null || pending instanceof TooLarge) {
      pending = new Invalid(origin + i, origin + i + bom, value);
    }
    end = i;
  }

  /** @return the columns of what has been read so far */
  Columns columns() {
    return columns;
  }

  @Override
  public void close() {
    // The caller's stream stays open.
  }

  /**
   * What turns the byte columns Jackson reports into columns of UTF-16 characters: one bit per byte
   * that adds no character. Filled while the bytes are checked; {@link #charColumn} may then be
   * called from any thread.
   */
  static final class Columns {
    // One bit per byte that adds no UTF-16 character (a continuation byte, except the first of a
    // four-byte sequence, which stands for the low surrogate), in pages of PAGE bytes (8 longs): null
    // while all is ASCII, and a page null while it has no such byte, so a document with a few pound
    // signs keeps a few pages. The sums before each page are built only for lines longer than LONG_LINE.
    private static final int PAGE_SHIFT = 9;
    private static final int LONG_LINE = 4096;
    private long[][] pages;
    private int[] cumulative;
    private int cumulativeValid;

    void mark(long offset) {
      int page = (int) (offset >>> PAGE_SHIFT);
      if (pages == null) {
        pages = new long[Math.max(16, page * 2)][];
      } else if (page >= pages.length) {
        pages = Arrays.copyOf(pages, Math.max(page + 1, pages.length * 2));
      }
      long[] p = pages[page];
      if (p == null) {
        p = new long[1 << (PAGE_SHIFT - 6)];
        pages[page] = p;
      }
      p[(int) (offset >>> 6) & ((1 << (PAGE_SHIFT - 6)) - 1)] |= 1L << (offset & 63);
    }

    /**
     * Turns a byte column that Jackson reports into a column of UTF-16 characters.
     *
     * @param offset the byte offset of the place, as the parser counts (after a byte-order mark)
     * @param byteColumn its column in bytes, from 1
     * @return its column in characters, from 1
     */
    synchronized int charColumn(long offset, int byteColumn) {
      if (pages == null || byteColumn <= 1 || offset < 0) {
        return byteColumn;
      }
      long lineStart = offset - (byteColumn - 1);
      if (lineStart < 0) {
        return byteColumn;
      }
      long silent = offset - lineStart <= LONG_LINE
          ? count(lineStart, offset) : silent(offset) - silent(lineStart);
      return (int) ((offset - lineStart) - silent) + 1;
    }

    /** @return the bytes from {@code from} to {@code to} (exclusive) that add no character */
    private long count(long from, long to) {
      if (from >= to) {
        return 0;
      }
      long first = from >>> 6;
      long last = to >>> 6;
      long n = 0;
      for (long b = first; b <= last; b++) {
        long bits = block(b);
        if (b == first) {
          bits &= -1L << (from & 63);
        }
        if (b == last) {
          bits &= (1L << (to & 63)) - 1;
        }
        n += Long.bitCount(bits);
      }
      return n;
    }

    /** @return the bits of the 64 bytes from {@code 64 * block} */
    private long block(long block) {
      long page = block >>> (PAGE_SHIFT - 6);
      if (page >= pages.length || pages[(int) page] == null) {
        return 0;
      }
      return pages[(int) page][(int) block & ((1 << (PAGE_SHIFT - 6)) - 1)];
    }

    /** @return the bytes before an offset that add no character */
    private long silent(long offset) {
      int page = (int) (offset >>> PAGE_SHIFT);
      if (page >= pages.length) {
        return cumulativeTo(pages.length);
      }
      return cumulativeTo(page) + count((long) page << PAGE_SHIFT, offset);
    }

    /** Pages before a queried offset are checked already, so their sums never change. */
    private long cumulativeTo(int page) {
      if (cumulative == null) {
        cumulative = new int[pages.length + 1];
      } else if (cumulative.length < page + 1) {
        cumulative = Arrays.copyOf(cumulative, Math.max(page + 1, pages.length + 1));
      }
      while (cumulativeValid < page) {
        long[] p = pages[cumulativeValid];
        int sum = 0;
        if (p != null) {
          for (long bits : p) {
            sum += Long.bitCount(bits);
          }
        }
        cumulative[cumulativeValid + 1] = cumulative[cumulativeValid] + sum;
        cumulativeValid++;
      }
      return cumulative[page];
    }

    /** @return whether every byte seen so far adds one character (all ASCII) */
    boolean isAscii() {
      return pages == null;
    }
  }
}
