package org.productivityplan.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;
import org.productivityplan.model.SourcePositions;

/**
 * What reading one document gave: the value, when one could be built, and every problem found.
 *
 * <p>A value with problems is normal: an incomplete or partly wrong document still loads, and each
 * problem says what was not read and why. No value means the document could not be turned into a
 * plan at all (malformed JSON, an unsupported major version, a limit exceeded, a missing council or
 * title); then {@link #problems()} holds at least one {@link Severity#ERROR}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the type of value read
 */
public final class ReadResult<T> {

  private final @Nullable T value;
  private final List<Finding> problems;
  private final String source;
  private final SourcePositions positions;

  private ReadResult(
      @Nullable T value, List<Finding> problems, String source, SourcePositions positions) {
    this.value = value;
    this.problems = List.copyOf(problems);
    this.source = Objects.requireNonNull(source, "source");
    this.positions = Objects.requireNonNull(positions, "positions");
  }

  /**
   * Returns a result.
   *
   * @param <T> the type of value
   * @param value the value, or null when none could be built
   * @param problems the problems, in document order
   * @param source a name for the document read, such as its file name
   * @return the result
   * @throws IllegalArgumentException when there is no value and no error to say why
   */
  public static <T> ReadResult<T> of(@Nullable T value, List<Finding> problems, String source) {
    return of(value, problems, source, SourcePositions.none());
  }

  /**
   * Returns a result that knows where the values read stood in the text.
   *
   * @param <T> the type of value
   * @param value the value, or null when none could be built
   * @param problems the problems, in document order
   * @param source a name for the document read, such as its file name
   * @param positions the line and column of the values read, by JSON Pointer
   * @return the result
   * @throws IllegalArgumentException when there is no value and no error to say why
   */
  public static <T> ReadResult<T> of(
      @Nullable T value, List<Finding> problems, String source, SourcePositions positions) {
    if (value == null && problems.stream().noneMatch(p -> p.severity() == Severity.ERROR)) {
      throw new IllegalArgumentException("A result with no value must carry an error saying why");
    }
    return new ReadResult<>(value, problems, source, positions);
  }

  /**
   * Returns the value read, if one could be built.
   *
   * @return the value, or empty when the document could not be read at all
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns every problem found, errors, warnings and information alike, in document order.
   *
   * @return the problems, empty for a clean document
   */
  public List<Finding> problems() {
    return problems;
  }

  /**
   * Returns the name of the document read: the path, the name given by the caller, or
   * {@code "<string>"}.
   *
   * @return the source's name
   */
  public String source() {
    return source;
  }

  /**
   * Returns where the values read stood in the text: the line and column of each object, array
   * element and known property, by JSON Pointer. Hand it to the validator so that the findings of
   * rules name a line and column too. Empty ({@link SourcePositions#none()}) when nothing was read,
   * or when the reader keeps no positions ({@link PlanJson.Builder#positions(boolean)}).
   * Not part of {@link #equals}: two reads of one plan in different layouts give equal results.
   *
   * @return the positions
   */
  public SourcePositions positions() {
    return positions;
  }

  /**
   * Tells whether any problem is an error: something was refused or not read.
   *
   * @return true when at least one problem has severity {@link Severity#ERROR}
   */
  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }

  /**
   * Tells whether a value was read and no problem is an error.
   *
   * @return true when the value is present and there are no errors
   */
  public boolean isClean() {
    return value != null && !hasErrors();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReadResult)) {
      return false;
    }
    ReadResult<?> o = (ReadResult<?>) other;
    return Objects.equals(value, o.value) && problems.equals(o.problems) && source.equals(o.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, problems, source);
  }

  /** Returns a summary, for logs. */
  @Override
  public String toString() {
    return "ReadResult{source=" + source + ", value=" + (value == null ? "none" : "present")
        + ", problems=" + problems.size() + "}";
  }
}
