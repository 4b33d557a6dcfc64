package org.productivityplan.io.robustness;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A document made of a head, {@code count} units that may differ (the i-th made by a function, such
 * as a member named after its number), and a tail, produced as it is read so that the test never
 * holds it.
 */
final class SequenceInput {

  private final byte[] head;
  private final IntFunction<String> unit;
  private final int count;
  private final byte[] tail;

  private SequenceInput(String head, IntFunction<String> unit, int count, String tail) {
    this.head = head.getBytes(StandardCharsets.UTF_8);
    this.unit = unit;
    this.count = count;
    this.tail = tail.getBytes(StandardCharsets.UTF_8);
  }

  static SequenceInput of(String head, IntFunction<String> unit, int count, String tail) {
    return new SequenceInput(head, unit, count, tail);
  }

  /** Returns a fresh stream of the document's bytes. */
  InputStream stream() {
    return new InputStream() {
      private byte[] current = head;
      private int at;
      private int next;
      private boolean tailed;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
          return 0;
        }
        while (at == current.length) {
          if (next < count) {
            current = unit.apply(next++).getBytes(StandardCharsets.UTF_8);
          } else if (!tailed) {
            current = tail;
            tailed = true;
          } else {
            return -1;
          }
          at = 0;
        }
        int n = Math.min(len, current.length - at);
        System.arraycopy(current, at, b, off, n);
        at += n;
        return n;
      }
    };
  }
}
