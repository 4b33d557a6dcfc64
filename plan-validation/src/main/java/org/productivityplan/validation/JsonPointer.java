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
    StringBuilder pointer = new StringBuilder(tokens.length * 12);
    for (Object token : tokens) {
      pointer.append('/');
      if (token instanceof Integer) {
        pointer.append((int) (Integer) token);
      } else {
        pointer.append(escape(String.valueOf(token)));
      }
    }
    return pointer.toString();
  }

  /**
   * Returns the pointer of an element of a list: {@code of("projects", 2)} is {@code /projects/2}.
   * The same as {@link #of(Object...)} with these tokens, built without boxing or copying.
   *
   * @param name a property name
   * @param index an array index
   * @return the pointer
   */
  public static String of(String name, int index) {
    return "/" + escape(name) + "/" + index;
  }

  /**
   * Returns the pointer of a property of an element of a list: {@code of("projects", 2, "name")}
   * is {@code /projects/2/name}. The same as {@link #of(Object...)} with these tokens, built
   * without boxing or copying.
   *
   * @param name a property name
   * @param index an array index
   * @param property a property name
   * @return the pointer
   */
  public static String of(String name, int index, String property) {
    return "/" + escape(name) + "/" + index + "/" + escape(property);
  }

  /**
   * Returns the pointer of an element of a list in an element of a list: {@code of("projects", 2,
   * "milestones", 0)} is {@code /projects/2/milestones/0}. The same as {@link #of(Object...)} with
   * these tokens, built without boxing or copying.
   *
   * @param name a property name
   * @param index an array index
   * @param property a property name
   * @param element an array index
   * @return the pointer
   */
  public static String of(String name, int index, String property, int element) {
    return "/" + escape(name) + "/" + index + "/" + escape(property) + "/" + element;
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

  /**
   * Tells whether text is a well-formed JSON Pointer: empty, or {@code /} then tokens in which
   * every {@code ~} is followed by {@code 0} or {@code 1}.
   *
   * @param text any text
   * @return true when it is a pointer
   */
  public static boolean isValid(String text) {
    if (!text.isEmpty() && text.charAt(0) != '/') {
      return false;
    }
    // Most pointers have no '~' at all: found (or not) by one fast search.
    for (int i = text.indexOf('~'); i >= 0; i = text.indexOf('~', i + 1)) {
      if (i + 1 == text.length() || (text.charAt(i + 1) != '0' && text.charAt(i + 1) != '1')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks that text is a well-formed JSON Pointer.
   *
   * @param text any text
   * @return the text
   * @throws IllegalArgumentException naming the text and what is wrong with it
   */
  public static String check(String text) {
    if (!isValid(text)) {
      throw new IllegalArgumentException(
          "A JSON Pointer is empty or starts with '/', and each '~' in it is followed by 0 or 1 "
              + "(RFC 6901), but was '"
              + org.productivityplan.model.Finding.printable(text)
              + "'");
    }
    return text;
  }

  private static String escape(String token) {
    return token.indexOf('~') < 0 && token.indexOf('/') < 0
        ? token
        : token.replace("~", "~0").replace("/", "~1");
  }
}
