package org.productivityplan.io.internal;

import org.jspecify.annotations.Nullable;

/**
 * Reads, writes and describes (as JSON Schema) one type of the format, so that the three can never
 * disagree.
 *
 * @param <T> the model type
 */
interface Codec<T> {

  /**
   * Decodes a node, reporting every problem found.
   *
   * @param node the node, never a JSON null (callers handle null)
   * @param pointer the node's JSON Pointer
   * @param d the decoding pass
   * @return the value, or null when it could not be read (a problem has been reported)
   */
  @Nullable T decode(Node node, String pointer, Decoding d);

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
