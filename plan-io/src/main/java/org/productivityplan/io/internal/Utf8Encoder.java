package org.productivityplan.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Characters turned into UTF-8 as they are read, chunk by chunk, so that text input goes through
 * the same byte parser as byte input and gives the same problems at the same places. A lone
 * surrogate is encoded as its three bytes, which are not UTF-8 and so are refused as such. Does not
 * close the reader. Not thread-safe: one per read.
 */
final class Utf8Encoder extends InputStream {

  private final Reader in;
  private final char[] chars = new char[4096];
  private final byte[] bytes = new byte[4 * 4096 + 8];
  private int at;
  private int end;
  private int pendingHigh = -1;
  private boolean eof;

  Utf8Encoder(Reader in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (at == end) {
      if (eof) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, end - at);
    System.arraycopy(bytes, at, b, off, n);
    at += n;
    return n;
  }

  private void fill() throws IOException {
    at = 0;
    end = 0;
    int n = in.read(chars, 0, chars.length);
    if (n < 0) {
      eof = true;
      if (pendingHigh >= 0) {
        three(pendingHigh);
        pendingHigh = -1;
      }
      return;
    }
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (pendingHigh >= 0) {
        int high = pendingHigh;
        pendingHigh = -1;
        if (Character.isLowSurrogate(c)) {
          int cp = Character.toCodePoint((char) high, c);
          bytes[end++] = (byte) (0xF0 | cp >> 18);
          bytes[end++] = (byte) (0x80 | (cp >> 12 & 0x3F));
          bytes[end++] = (byte) (0x80 | (cp >> 6 & 0x3F));
          bytes[end++] = (byte) (0x80 | (cp & 0x3F));
          continue;
        }
        three(high);
      }
      if (c < 0x80) {
        bytes[end++] = (byte) c;
      } else if (c < 0x800) {
        bytes[end++] = (byte) (0xC0 | c >> 6);
        bytes[end++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)) {
        pendingHigh = c;
      } else {
        three(c);
      }
    }
  }

  private void three(int c) {
    bytes[end++] = (byte) (0xE0 | c >> 12);
    bytes[end++] = (byte) (0x80 | (c >> 6 & 0x3F));
    bytes[end++] = (byte) (0x80 | (c & 0x3F));
  }

  @Override
  public void close() {
    // The caller's reader stays open.
  }
}
