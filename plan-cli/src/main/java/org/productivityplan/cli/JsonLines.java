package org.productivityplan.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Splits a stream of JSON Lines into lines of bytes, one at a time, holding no more than one line
 * (at most the limit) in memory. A line is split on {@code \n}, which never occurs inside a UTF-8
 * multi-byte character; a {@code \r} before it is dropped. Decoding is left to the plan reader, so
 * invalid UTF-8 is reported as such, at its place.
 *
 * <p>Not thread-safe; one per stream.
 */
final class JsonLines {

  private final InputStream in;
  private final long limit;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkStart;
  private int chunkEnd;
  private byte[] buffer = new byte[8192];
  private int length;
  private boolean tooLong;
  private long lineNumber;
  private boolean atEnd;

  /**
   * Reads lines from a stream.
   *
   * @param in the stream; not closed
   * @param limit the longest line kept, in bytes; a longer line is skipped and reported as such
   */
  JsonLines(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /**
   * Opens a file of JSON Lines.
   *
   * @param file the file, as given on the command line
   * @return the stream; the caller closes it
   * @throws IOException when the file cannot be opened, or is a directory
   */
  static InputStream open(String file) throws IOException {
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new IOException("it is a directory, not a file of JSON Lines");
    }
    return Files.newInputStream(path);
  }

  /**
   * Moves to the next line.
   *
   * @return false at the end of the stream
   * @throws IOException when the stream fails
   */
  boolean next() throws IOException {
    if (atEnd) {
      return false;
    }
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (chunkStart == chunkEnd) {
        int n = in.read(chunk);
        if (n == -1) {
          atEnd = true;
          if (!any) {
            return false;
          }
          break;
        }
        chunkStart = 0;
        chunkEnd = n;
        continue;
      }
      any = true;
      int newline = chunkStart;
      while (newline < chunkEnd && chunk[newline] != '\n') {
        newline++;
      }
      append(chunk, chunkStart, newline - chunkStart);
      if (newline < chunkEnd) {
        chunkStart = newline + 1;
        break;
      }
      chunkStart = chunkEnd;
    }
    lineNumber++;
    if (!tooLong && length > 0 && buffer[length - 1] == '\r') {
      length--;
    }
    return true;
  }

  private void append(byte[] bytes, int from, int count) {
    if (tooLong || count == 0) {
      return;
    }
    if (length + (long) count > limit) {
      tooLong = true;
      length = 0;
      return;
    }
    if (length + count > buffer.length) {
      long grown = Math.max((long) buffer.length * 2, (long) length + count);
      buffer = Arrays.copyOf(buffer, (int) Math.min(grown, limit));
    }
    System.arraycopy(bytes, from, buffer, length, count);
    length += count;
  }

  /** The number of the current line, from 1. */
  long lineNumber() {
    return lineNumber;
  }

  /** Tells whether the current line was longer than the limit, and so was not kept. */
  boolean isTooLong() {
    return tooLong;
  }

  /** Tells whether the current line holds nothing but spaces, tabs or a carriage return. */
  boolean isBlank() {
    if (tooLong) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      byte c = buffer[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The current line's bytes, as a stream valid until the next call to {@link #next}. */
  InputStream line() {
    return new ByteArrayInputStream(buffer, 0, length);
  }
}
