package org.productivityplan.io.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it started (line and column, from 1; 0 when built in
 * memory), so that every problem found while decoding it can name its place. Immutable once built.
 */
public abstract class Node {

  /** The JSON type of a node. */
  public enum Type {
    /** A JSON object. */
    OBJECT("an object"),
    /** A JSON array. */
    ARRAY("an array"),
    /** A JSON string. */
    STRING("a string"),
    /** A JSON number. */
    NUMBER("a number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("a boolean"),
    /** {@code null}. */
    NULL("null");

    private final String description;

    Type(String description) {
      this.description = description;
    }

    /**
     * Returns the type in words, such as "an object".
     *
     * @return the description
     */
    public String description() {
      return description;
    }
  }

  private final int line;
  private final int column;

  Node(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the node's JSON type.
   *
   * @return the type
   */
  public abstract Type type();

  /**
   * Returns the line where the value starts, from 1, or 0 when built in memory.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column where the value starts, from 1, or 0 when built in memory.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * Returns a short rendering of the value for messages: the type, and for scalars the value,
   * shortened when long.
   *
   * @return the rendering, such as {@code a string "done"} or {@code an array}
   */
  public String describe() {
    return type().description();
  }

  /** A member of an object: its name, where the name starts, and its value. */
  public static final class Member {
    private final String name;
    private final int line;
    private final int column;
    private final Node value;

    Member(String name, int line, int column, Node value) {
      this.name = name;
      this.line = line;
      this.column = column;
      this.value = value;
    }

    /** @return the property name */
    public String name() {
      return name;
    }

    /** @return the line of the property name */
    public int line() {
      return line;
    }

    /** @return the column of the property name */
    public int column() {
      return column;
    }

    /** @return the value */
    public Node value() {
      return value;
    }
  }

  /** A JSON object, its members in document order. */
  public static final class ObjectNode extends Node {
    private final Map<String, Member> members;

    ObjectNode(int line, int column, LinkedHashMap<String, Member> members) {
      super(line, column);
      this.members = Collections.unmodifiableMap(members);
    }

    /**
     * Returns an empty in-memory object builder.
     *
     * @return the builder
     */
    public static ObjectBuilder builder() {
      return new ObjectBuilder();
    }

    @Override
    public Type type() {
      return Type.OBJECT;
    }

    /** @return the members by name, in document order */
    public Map<String, Member> members() {
      return members;
    }
  }

  /** Builds an in-memory {@link ObjectNode}. */
  public static final class ObjectBuilder {
    private final LinkedHashMap<String, Member> members = new LinkedHashMap<>();

    ObjectBuilder() {}

    /**
     * Adds (or replaces) a member.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public ObjectBuilder put(String name, Node value) {
      members.put(name, new Member(name, 0, 0, value));
      return this;
    }

    /**
     * Adds a string member.
     *
     * @param name the name
     * @param value the string
     * @return this builder
     */
    public ObjectBuilder put(String name, String value) {
      return put(name, new StringNode(0, 0, value));
    }

    /** @return whether no member was added */
    public boolean isEmpty() {
      return members.isEmpty();
    }

    /** @return the object */
    public ObjectNode build() {
      return new ObjectNode(0, 0, new LinkedHashMap<>(members));
    }
  }

  /** A JSON array. */
  public static final class ArrayNode extends Node {
    private final List<Node> elements;

    ArrayNode(int line, int column, List<Node> elements) {
      super(line, column);
      this.elements = List.copyOf(elements);
    }

    /**
     * Returns an in-memory array.
     *
     * @param elements the elements
     * @return the array
     */
    public static ArrayNode of(List<? extends Node> elements) {
      return new ArrayNode(0, 0, List.copyOf(elements));
    }

    @Override
    public Type type() {
      return Type.ARRAY;
    }

    /** @return the elements */
    public List<Node> elements() {
      return elements;
    }
  }

  /** A JSON string. */
  public static final class StringNode extends Node {
    private final String value;

    StringNode(int line, int column, String value) {
      super(line, column);
      this.value = value;
    }

    /**
     * Returns an in-memory string.
     *
     * @param value the string
     * @return the node
     */
    public static StringNode of(String value) {
      return new StringNode(0, 0, value);
    }

    @Override
    public Type type() {
      return Type.STRING;
    }

    /** @return the string */
    public String value() {
      return value;
    }

    @Override
    public String describe() {
      return "a string " + Printer.quote(shorten(value));
    }
  }

  /** A JSON number, its text kept as written. */
  public static final class NumberNode extends Node {
    private final String text;

    NumberNode(int line, int column, String text) {
      super(line, column);
      this.text = text;
    }

    /**
     * Returns an in-memory number.
     *
     * @param text the number's JSON text
     * @return the node
     */
    public static NumberNode of(String text) {
      return new NumberNode(0, 0, text);
    }

    @Override
    public Type type() {
      return Type.NUMBER;
    }

    /** @return the number as written */
    public String text() {
      return text;
    }

    @Override
    public String describe() {
      return "a number " + shorten(text);
    }
  }

  /** {@code true} or {@code false}. */
  public static final class BooleanNode extends Node {
    private final boolean value;

    BooleanNode(int line, int column, boolean value) {
      super(line, column);
      this.value = value;
    }

    /**
     * Returns an in-memory boolean.
     *
     * @param value the value
     * @return the node
     */
    public static BooleanNode of(boolean value) {
      return new BooleanNode(0, 0, value);
    }

    @Override
    public Type type() {
      return Type.BOOLEAN;
    }

    /** @return the value */
    public boolean value() {
      return value;
    }

    @Override
    public String describe() {
      return "the boolean " + value;
    }
  }

  /** {@code null}. */
  public static final class NullNode extends Node {
    /** An in-memory null. */
    public static final NullNode PLACEHOLDER = new NullNode(0, 0);

    NullNode(int line, int column) {
      super(line, column);
    }

    @Override
    public Type type() {
      return Type.NULL;
    }
  }

  static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
