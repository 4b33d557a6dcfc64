package org.productivityplan.validation.internal;

import java.util.List;

/** The property name of an accessor, as both Bean Validation paths name it. */
public final class AccessorNames {

  private static final List<String> PREFIXES = List.of("get", "is", "has");

  private AccessorNames() {}

  /**
   * Returns the property an accessor reads: a record-style accessor ({@code gssCode()}) by its own
   * name, a JavaBeans getter ({@code getPlan()}, {@code isDraft()}, {@code hasOwner()}) by the
   * name after its prefix.
   *
   * @param methodName the accessor's name
   * @return the property's name
   */
  public static String property(String methodName) {
    for (String prefix : PREFIXES) {
      if (methodName.length() > prefix.length()
          && methodName.startsWith(prefix)
          && Character.isUpperCase(methodName.charAt(prefix.length()))) {
        return Character.toLowerCase(methodName.charAt(prefix.length()))
            + methodName.substring(prefix.length() + 1);
      }
    }
    return methodName;
  }
}
