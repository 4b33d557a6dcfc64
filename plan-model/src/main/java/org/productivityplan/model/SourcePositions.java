package org.productivityplan.model;

import java.util.Optional;

/**
 * Where the values of a plan stood in the text it was read from: a line and column for a JSON
 * Pointer. A reader that kept positions hands this to a validator, so that the findings of rules,
 * not only the problems of reading, name a line and column.
 *
 * <p>Implementations are immutable and safe to share between threads. This interface lives in the
 * model so that validation needs no JSON library to use it.
 */
public interface SourcePositions {

  /**
   * Returns the position of the value at a JSON Pointer, if it is known.
   *
   * @param pointer an RFC 6901 JSON Pointer into the plan, such as {@code /projects/0/title};
   *     {@code ""} for the whole document
   * @return its line and column, or empty when the pointer names nothing that was read
   */
  Optional<Position> find(String pointer);

  /**
   * Returns positions that know of nothing: for a plan built in code.
   *
   * @return the empty positions
   */
  static SourcePositions none() {
    return pointer -> Optional.empty();
  }

  /**
   * A place in a text: the 1-based line and 1-based column where a value starts.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   */
  record Position(int line, int column) {

    /**
     * Checks the position.
     *
     * @throws IllegalArgumentException when the line or the column is below 1
     */
    public Position {
      if (line < 1 || column < 1) {
        throw new IllegalArgumentException(
            "a position's line and column start at 1, not line " + line + ", column " + column);
      }
    }
  }
}
