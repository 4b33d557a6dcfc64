package org.productivityplan.report.internal;

import gg.jte.TemplateOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Where the templates write a page: a buffer of its own, handed to the caller's {@link Writer} a
 * few thousand characters at a time. A page is some thousands of small pieces (a tag, a name, a
 * figure); written one by one, each would be a call on the caller's writer, and the writers the JDK
 * offers ({@code StringWriter}, {@code BufferedWriter}) take a lock on every call. Not thread-safe:
 * one per page.
 */
final class PageOutput implements TemplateOutput {

  /** Characters held before they go to the writer: 8 KB, a small part of a page. */
  static final int SIZE = 4096;

  private final Writer out;
  private final char[] buffer = new char[SIZE];
  private int length;

  PageOutput(Writer out) {
    this.out = out;
  }

  @Override
  public void writeContent(String value) {
    writeContent(value, 0, value.length());
  }

  @Override
  public void writeContent(String value, int beginIndex, int endIndex) {
    int count = endIndex - beginIndex;
    if (count > SIZE - length) {
      try {
        flush();
        if (count > SIZE) {
          out.write(value, beginIndex, count);
          return;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    value.getChars(beginIndex, endIndex, buffer, length);
    length += count;
  }

  /**
   * Hands what is held to the writer, without flushing the writer itself.
   *
   * @throws IOException when the writer fails
   */
  void flush() throws IOException {
    if (length > 0) {
      out.write(buffer, 0, length);
      length = 0;
    }
  }
}
