package org.productivityplan.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the JSON format a plan was written in, {@code MAJOR.MINOR}.
 *
 * <p>A reader of major version {@code N} reads every {@code N.y}; a higher minor version is read and
 * its unknown parts kept; a different major version is refused.
 *
 * <p>Immutable and thread-safe.
 */
public final class SchemaVersion implements Comparable<SchemaVersion> {

  /** The version this SDK writes: {@code 1.0}. */
  public static final SchemaVersion CURRENT = new SchemaVersion(1, 0);

  private static final Pattern FORMAT = Pattern.compile("(0|[1-9]\\d{0,5})\\.(0|[1-9]\\d{0,5})");

  private final int major;
  private final int minor;

  private SchemaVersion(int major, int minor) {
    this.major = major;
    this.minor = minor;
  }

  /**
   * Returns the version {@code major.minor}.
   *
   * @param major the major version, not negative
   * @param minor the minor version, not negative
   * @return the version
   */
  public static SchemaVersion of(int major, int minor) {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException(
          "A schema version has no negative part, but was " + major + "." + minor);
    }
    return major == CURRENT.major && minor == CURRENT.minor ? CURRENT : new SchemaVersion(major, minor);
  }

  /**
   * Parses {@code MAJOR.MINOR}, such as {@code 1.0}.
   *
   * @param text the text
   * @return the version
   * @throws IllegalArgumentException naming the text when it is not of that form
   */
  public static SchemaVersion parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "A schema version must be written MAJOR.MINOR, for example 1.0, but was '" + text + "'");
    }
    return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * Returns the major version.
   *
   * @return the major version
   */
  public int major() {
    return major;
  }

  /**
   * Returns the minor version.
   *
   * @return the minor version
   */
  public int minor() {
    return minor;
  }

  /**
   * Tells whether a reader of {@link #CURRENT} can read a document of this version: the same major
   * version, any minor version.
   *
   * @return true when readable by this SDK
   */
  public boolean isReadable() {
    return major == CURRENT.major;
  }

  @Override
  public int compareTo(SchemaVersion other) {
    return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SchemaVersion
        && major == ((SchemaVersion) other).major
        && minor == ((SchemaVersion) other).minor;
  }

  @Override
  public int hashCode() {
    return major * 31 + minor;
  }

  /** Returns {@code 1.0}. */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
