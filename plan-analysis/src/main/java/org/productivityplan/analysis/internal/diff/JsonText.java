package org.productivityplan.analysis.internal.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes the analysis documents as JSON the project's way: two-space indent, {@code "key": value},
 * {@code \n} line ends, a trailing newline, fields in the order written.
 */
public final class JsonText {

  /** Writes the body of a document. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes the document.
     *
     * @param json the generator
     * @throws IOException never, for a string
     */
    void write(JsonGenerator json) throws IOException;
  }

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonText() {}

  /**
   * Writes a document.
   *
   * @param body what to write
   * @return the JSON text, ending with a newline
   */
  public static String write(Body body) {
    StringWriter out = new StringWriter();
    try {
      write(body, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes a document to a writer as it goes, never holding all of it.
   *
   * @param body what to write
   * @param out where to write, ending with a newline; flushed, not closed
   * @throws IOException when the writer fails
   */
  public static void write(Body body, Writer out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setPrettyPrinter(printer);
      body.write(json);
    }
    out.write('\n');
    out.flush();
  }
}
