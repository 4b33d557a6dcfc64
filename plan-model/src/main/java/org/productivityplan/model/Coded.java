package org.productivityplan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An enumeration constant with a stable code: the constant's name in lower camel case, such as
 * {@code agencyStaff} for {@code AGENCY_STAFF}. Codes are what the JSON format writes, and they
 * never change once published.
 */
public interface Coded {

  /**
   * Returns the stable code.
   *
   * @return the code, in lower camel case
   */
  String code();

  /**
   * Finds the constant of an enumeration by its code.
   *
   * @param <E> the enumeration
   * @param type the enumeration's class
   * @param code the code
   * @return the constant, or empty when no constant has that code
   */
  static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(code, "code");
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equals(code)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /**
   * Turns a constant name into its code: {@code AGENCY_STAFF} becomes {@code agencyStaff}.
   *
   * @param constantName the name of an enumeration constant
   * @return the code
   */
  static String toCode(String constantName) {
    StringBuilder code = new StringBuilder(constantName.length());
    boolean upper = false;
    for (char c : constantName.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        code.append(upper ? c : Character.toLowerCase(c));
        upper = false;
      }
    }
    return code.toString();
  }
}
