package org.productivityplan.model;

import java.util.Optional;

/**
 * The tier of an English council, which the prefix of its GSS code tells.
 */
public enum CouncilType implements Coded {
  /** A unitary authority: GSS prefix {@code E06}. */
  UNITARY_AUTHORITY("E06"),

  /** A non-metropolitan (shire) district: GSS prefix {@code E07}. */
  NON_METROPOLITAN_DISTRICT("E07"),

  /** A metropolitan borough: GSS prefix {@code E08}. */
  METROPOLITAN_BOROUGH("E08"),

  /** A London borough: GSS prefix {@code E09}. */
  LONDON_BOROUGH("E09"),

  /** A county council: GSS prefix {@code E10}. */
  COUNTY_COUNCIL("E10");

  private final String gssPrefix;
  private final String code = Coded.toCode(name());

  CouncilType(String gssPrefix) {
    this.gssPrefix = gssPrefix;
  }

  /**
   * Returns the three-character prefix of this tier's GSS codes, such as {@code E06}.
   *
   * @return the prefix
   */
  public String gssPrefix() {
    return gssPrefix;
  }

  /**
   * Returns the tier a GSS code's prefix names.
   *
   * @param gssCode a GSS code such as {@code E06000066}
   * @return the tier, or empty when the code is not that of an English council
   */
  public static Optional<CouncilType> fromGssCode(String gssCode) {
    for (CouncilType type : values()) {
      if (gssCode.startsWith(type.gssPrefix)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  @Override
  public String code() {
    return code;
  }
}
