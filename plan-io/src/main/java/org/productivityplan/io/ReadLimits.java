package org.productivityplan.io;

import java.util.Objects;

/**
 * The limits a {@link PlanJson} reader enforces, so that a hostile or broken document is refused
 * with a clear problem (rule {@code IO006}) before it can exhaust memory or the stack.
 *
 * <p>The defaults ({@link #defaults()}) are generous for any real plan: a productivity plan runs to
 * tens of kilobytes. Every limit can be raised or lowered with {@link #builder()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadLimits {

  /** The highest nesting depth that may be set: 1000, which keeps reading within a normal stack. */
  public static final int MAX_NESTING_DEPTH_CEILING = 1000;

  /** The default largest document: 16 MiB (bytes for byte input, characters for text input). */
  public static final long DEFAULT_MAX_DOCUMENT_SIZE = 16L * 1024 * 1024;

  /** The default deepest nesting of objects and arrays: 64. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** The default longest string, in characters: 1,000,000. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** The default longest number, in characters: 100. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /** The default longest array, in elements: 100,000. */
  public static final int DEFAULT_MAX_ARRAY_LENGTH = 100_000;

  /** The default most values (every object, array, string, number, boolean and null): 1,000,000. */
  public static final long DEFAULT_MAX_VALUES = 1_000_000L;

  /** The default most problems kept from one read: 1,000; the rest are counted. */
  public static final int DEFAULT_MAX_PROBLEMS = 1_000;

  private static final ReadLimits DEFAULTS = new Builder().build();

  private final long maxDocumentSize;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxArrayLength;
  private final long maxValues;
  private final int maxProblems;

  private ReadLimits(Builder b) {
    this.maxDocumentSize = b.maxDocumentSize;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxNumberLength = b.maxNumberLength;
    this.maxArrayLength = b.maxArrayLength;
    this.maxValues = b.maxValues;
    this.maxProblems = b.maxProblems;
  }

  /**
   * Returns the default limits.
   *
   * @return the defaults
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder that starts from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the largest document read: bytes for a {@code Path} or {@code InputStream}, characters
   * for a {@code Reader} or {@code String}.
   *
   * @return the largest document size
   */
  public long maxDocumentSize() {
    return maxDocumentSize;
  }

  /**
   * Returns the deepest nesting of objects and arrays read.
   *
   * @return the deepest nesting
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest string read, property names included, in characters.
   *
   * @return the longest string
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the longest number read, in characters, both as written and as a plain decimal.
   *
   * @return the longest number
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the longest array read, in elements.
   *
   * @return the longest array
   */
  public int maxArrayLength() {
    return maxArrayLength;
  }

  /**
   * Returns the most values a document may hold, counting every object, array, string, number,
   * boolean and null at any depth, unknown properties included: with the other limits, it bounds the
   * memory a read needs.
   *
   * @return the most values
   */
  public long maxValues() {
    return maxValues;
  }

  /**
   * Returns the most problems kept from one read. Beyond it, problems are counted, and one last
   * problem ({@code IO013}) says how many more there were and how severe the worst of them was.
   *
   * @return the most problems kept
   */
  public int maxProblems() {
    return maxProblems;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReadLimits)) {
      return false;
    }
    ReadLimits o = (ReadLimits) other;
    return maxDocumentSize == o.maxDocumentSize
        && maxNestingDepth == o.maxNestingDepth
        && maxStringLength == o.maxStringLength
        && maxNumberLength == o.maxNumberLength
        && maxArrayLength == o.maxArrayLength
        && maxValues == o.maxValues
        && maxProblems == o.maxProblems;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxDocumentSize, maxNestingDepth, maxStringLength, maxNumberLength, maxArrayLength, maxValues,
        maxProblems);
  }

  /** Returns the limits, for logs. */
  @Override
  public String toString() {
    return "ReadLimits{maxDocumentSize=" + maxDocumentSize
        + ", maxNestingDepth=" + maxNestingDepth
        + ", maxStringLength=" + maxStringLength
        + ", maxNumberLength=" + maxNumberLength
        + ", maxArrayLength=" + maxArrayLength
        + ", maxValues=" + maxValues
        + ", maxProblems=" + maxProblems + "}";
  }

  /** Builds {@link ReadLimits}, starting from the defaults. Not thread-safe. */
  public static final class Builder {

    private long maxDocumentSize = DEFAULT_MAX_DOCUMENT_SIZE;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxArrayLength = DEFAULT_MAX_ARRAY_LENGTH;
    private long maxValues = DEFAULT_MAX_VALUES;
    private int maxProblems = DEFAULT_MAX_PROBLEMS;

    private Builder() {}

    /**
     * Sets the largest document read.
     *
     * @param size bytes or characters, at least 1
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxDocumentSize(long size) {
      this.maxDocumentSize = positive("maxDocumentSize", size);
      return this;
    }

    /**
     * Sets the deepest nesting of objects and arrays read.
     *
     * @param depth the depth, from 1 (the plan's root object is depth 1) to {@link
     *     #MAX_NESTING_DEPTH_CEILING}
     * @return this builder
     * @throws IllegalArgumentException when not in that range
     */
    public Builder maxNestingDepth(int depth) {
      if (depth > MAX_NESTING_DEPTH_CEILING) {
        throw new IllegalArgumentException(
            "maxNestingDepth must be at most " + MAX_NESTING_DEPTH_CEILING + ", but was " + depth);
      }
      this.maxNestingDepth = (int) positive("maxNestingDepth", depth);
      return this;
    }

    /**
     * Sets the longest string read.
     *
     * @param length characters, at least 1
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = (int) positive("maxStringLength", length);
      return this;
    }

    /**
     * Sets the longest number read.
     *
     * @param length characters, at least 1
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = (int) positive("maxNumberLength", length);
      return this;
    }

    /**
     * Sets the longest array read.
     *
     * @param length elements, at least 1
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxArrayLength(int length) {
      this.maxArrayLength = (int) positive("maxArrayLength", length);
      return this;
    }

    /**
     * Sets the most values a document may hold.
     *
     * @param values values, at least 1
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxValues(long values) {
      this.maxValues = positive("maxValues", values);
      return this;
    }

    /**
     * Sets the most problems kept from one read.
     *
     * @param problems problems, at least 1
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxProblems(int problems) {
      this.maxProblems = (int) positive("maxProblems", problems);
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return the limits
     */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static long positive(String name, long value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, but was " + value);
      }
      return value;
    }
  }
}
