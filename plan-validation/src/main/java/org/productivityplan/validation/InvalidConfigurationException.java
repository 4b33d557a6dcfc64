package org.productivityplan.validation;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Finding;

/**
 * Thrown when a validation configuration cannot be read or says something impossible: the message
 * names the file, the JSON Pointer of the offending element, its line and column, what was expected
 * and what was found, in one line (control characters escaped, as {@link Finding#printable} does).
 *
 * <p>Immutable and thread-safe.
 */
public final class InvalidConfigurationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String source;
  private final String pointer;
  private final int line;
  private final int column;

  /**
   * Creates the exception.
   *
   * @param source the file or other source of the configuration, or null when unnamed
   * @param pointer the JSON Pointer of the offending element, {@code ""} for the whole document
   * @param line the line, from 1, or 0 when unknown
   * @param column the column, from 1, or 0 when unknown
   * @param problem what is wrong, stating what was expected and what was found
   * @param cause the underlying failure, or null
   */
  public InvalidConfigurationException(
      @Nullable String source,
      String pointer,
      int line,
      int column,
      String problem,
      @Nullable Throwable cause) {
    super(format(source, pointer, line, column, problem), cause);
    this.source = source;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  private static String format(
      @Nullable String source, String pointer, int line, int column, String problem) {
    StringBuilder text = new StringBuilder("Invalid validation configuration");
    if (source != null) {
      text.append(' ').append(source);
    }
    if (line > 0) {
      text.append(" at line ").append(line).append(", column ").append(column);
    }
    if (!pointer.isEmpty()) {
      text.append(" (").append(pointer).append(')');
    }
    // One line, whatever the file's name or content holds: control characters are escaped.
    return Finding.printable(text.append(": ").append(problem).toString());
  }

  /**
   * Returns the file or other source of the configuration.
   *
   * @return the source, or empty when unnamed
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns the JSON Pointer of the offending element.
   *
   * @return the pointer, {@code ""} for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the line of the offending element.
   *
   * @return the line, from 1, or empty when unknown
   */
  public Optional<Integer> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }

  /**
   * Returns the column of the offending element.
   *
   * @return the column, from 1, or empty when unknown
   */
  public Optional<Integer> column() {
    return line > 0 ? Optional.of(column) : Optional.empty();
  }
}
