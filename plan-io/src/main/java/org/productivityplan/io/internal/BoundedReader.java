package org.productivityplan.io.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that passes on at most a given number of characters, drops a leading byte-order mark,
 * and fails with {@link TooLarge} as soon as the text is longer. Whatever the caller's reader does
 * (throws a runtime exception, returns no characters forever) becomes an {@link IOException}. Does
 * not close the reader it reads. Not thread-safe: one per read.
 */
final class BoundedReader extends Reader {

  /** Thrown when the text is longer than the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("the document is longer than " + limit + " characters", null);
    }
  }

  private final Reader in;
  private final long limit;
  private long count;
  private boolean started;

  BoundedReader(Reader in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int n = 0;
    for (int empty = 0; n == 0; empty++) {
      if (empty == Utf8Input.MAX_EMPTY_READS) {
        throw new IOException("the reader returned no characters " + empty + " times in a row");
      }
      try {
        n = in.read(buffer, offset, length);
      } catch (IOException e) {
        throw e;
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      } catch (RuntimeException e) {
        throw new IOException(String.valueOf(e.getMessage() == null ? e : e.getMessage()), e);
      }
    }
    if (n > 0 && !started) {
      started = true;
      if (buffer[offset] == '\uFEFF') {
        System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
        n--;
        if (n == 0) {
          return read(buffer, offset, length);
        }
      }
    }
    if (n > 0) {
      count += n;
      if (count > limit) {
        throw new TooLarge(limit);
      }
    }
    return n;
  }

  @Override
  public void close() {
    // The caller's reader stays open.
  }
}
