package org.productivityplan.examples.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.Finding;

/**
 * Loads the fixture documents bundled in this module. Stateless; every method is thread-safe.
 */
public final class Fixtures {

  /** The folder of the fixtures, as a resource name. */
  public static final String ROOT = "org/productivityplan/examples/";

  /** The folder of the synthetic fixtures, as a resource name. */
  public static final String SYNTHETIC = ROOT + "synthetic/";

  private Fixtures() {}

  /**
   * Reads a bundled resource of this module as UTF-8 text.
   *
   * @param resource the resource name, such as {@code
   *     org/productivityplan/examples/devon-2024.json}
   * @return the text
   * @throws IllegalStateException when the resource is missing or cannot be read: the module is
   *     broken
   */
  public static String text(String resource) {
    try (InputStream in = Fixtures.class.getModule().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "The examples module has no resource " + resource + "; its jar is incomplete");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the resource " + resource, e);
    }
  }

  /** One line of the synthetic index. */
  public record IndexEntry(String name, boolean readable, String description) {}

  /**
   * Reads the index of the synthetic fixtures ({@code synthetic/index.txt}): one fixture a line,
   * {@code name<TAB>reads|refused<TAB>description}; blank lines and lines starting with {@code #}
   * are ignored.
   *
   * @return the entries, in the index's order
   */
  public static List<IndexEntry> syntheticIndex() {
    String resource = SYNTHETIC + "index.txt";
    List<IndexEntry> entries = new ArrayList<>();
    String[] lines = text(resource).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 3 || !(cells[1].equals("reads") || cells[1].equals("refused"))) {
        throw new IllegalStateException(
            resource + " line " + (i + 1)
                + ": expected name<TAB>reads|refused<TAB>description, but found '" + line + "'");
      }
      entries.add(new IndexEntry(cells[0], cells[1].equals("reads"), cells[2]));
    }
    return List.copyOf(entries);
  }

  /**
   * Turns a read that failed into the exception that a broken fixture deserves.
   *
   * @param name the fixture's name
   * @param resource the fixture's resource name
   * @param result the read
   * @return the exception, naming the fixture and every problem
   */
  public static IllegalStateException unreadable(
      String name, String resource, ReadResult<?> result) {
    String problems =
        result.problems().stream().map(Fixtures::describe).collect(Collectors.joining("; "));
    return new IllegalStateException(
        "The example fixture '" + name + "' (" + resource + ") does not read cleanly: " + problems);
  }

  private static String describe(Finding problem) {
    StringBuilder text = new StringBuilder();
    text.append(problem.ruleId()).append(' ').append(problem.severity().code());
    text.append(" at '").append(problem.pointer()).append('\'');
    problem.line().ifPresent(line -> text.append(" line ").append(line));
    problem.column().ifPresent(column -> text.append(" column ").append(column));
    text.append(": ").append(problem.message());
    return text.toString();
  }
}
