package org.productivityplan.model;

import java.util.Objects;

/**
 * A piece of JSON the model does not interpret, kept verbatim so that it can be written back: the
 * value of a property a reader did not know.
 *
 * <p>The model depends on no JSON library, so this type does not parse its text; readers create it
 * from JSON they have already parsed, in canonical form, and writers copy it back. Two instances are
 * equal when their texts are.
 *
 * <p>Immutable and thread-safe.
 */
public final class RawJson {

  private final String json;

  private RawJson(String json) {
    this.json = json;
  }

  /**
   * Wraps a JSON text. The caller vouches that it is one well-formed JSON value.
   *
   * @param json the JSON text of one value
   * @return the wrapper
   * @throws IllegalArgumentException when the text is blank
   */
  public static RawJson of(String json) {
    Objects.requireNonNull(json, "json");
    if (json.isBlank()) {
      throw new IllegalArgumentException("Raw JSON must hold a value, but was blank");
    }
    return new RawJson(json);
  }

  /**
   * Returns the JSON text.
   *
   * @return the JSON text
   */
  public String json() {
    return json;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RawJson && json.equals(((RawJson) other).json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  /** Returns the JSON text. */
  @Override
  public String toString() {
    return json;
  }
}
