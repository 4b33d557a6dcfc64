package org.productivityplan.io.internal;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads, writes and describes (as JSON Schema) one type of the format, so that the three can never
 * disagree.
 *
 * @param <T> the model type
 */
interface Codec<T> {

  /**
   * Reads a value from the parser, reporting every problem found. The parser stands on the value's
   * first token (never a JSON null: callers handle null) and is left on its last, the whole value
   * consumed whether it could be read or not.
   *
   * @param r the read
   * @return the value, or null when it could not be read (a problem has been reported)
   * @throws IOException when the parser fails, or a {@link TreeParser.Refusal} that refuses the
   *     document
   */
  @Nullable T read(Reading r) throws IOException;

  /**
   * Encodes a value.
   *
   * @param value the value
   * @return its node
   */
  Node encode(T value);

  /**
   * Returns the value's JSON Schema, registering any definitions it refers to.
   *
   * @param defs the definitions of the schema being built
   * @return the schema of the value
   */
  Node schema(SchemaDefs defs);

  /**
   * Says what the codec expects, for messages: "a string", "a financial year such as 2023/24".
   *
   * @return the expectation in words
   */
  String expected();
}
