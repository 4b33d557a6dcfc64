package org.productivityplan.validation;

/**
 * Builds JSON Pointers (RFC 6901) into a plan document. JSON property names are the model's
 * accessor names, so {@code of("projects", 2, "milestones", 0)} points at the first milestone of
 * the third project: {@code /projects/2/milestones/0}.
 */
public final class JsonPointer {

  /** The pointer to the whole document: {@code ""}. */
  public static final String ROOT = "";

  private JsonPointer() {}

  /**
   * Joins reference tokens into a pointer, escaping {@code ~} and {@code /} in each.
   *
   * @param tokens property names and array indexes
   * @return the pointer, {@code ""} for no tokens
   */
  public static String of(Object... tokens) {
    StringBuilder pointer = new StringBuilder();
    for (Object token : tokens) {
      pointer.append('/').append(escape(String.valueOf(token)));
    }
    return pointer.toString();
  }

  /**
   * Returns the pointer extended by more tokens.
   *
   * @param base a pointer
   * @param tokens property names and array indexes
   * @return the longer pointer
   */
  public static String append(String base, Object... tokens) {
    return base + of(tokens);
  }

  private static String escape(String token) {
    return token.indexOf('~') < 0 && token.indexOf('/') < 0
        ? token
        : token.replace("~", "~0").replace("/", "~1");
  }
}
