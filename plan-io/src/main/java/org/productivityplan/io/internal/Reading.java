package org.productivityplan.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.productivityplan.io.ReadLimits;
import org.productivityplan.model.RawJson;
import org.productivityplan.model.Severity;
import org.productivityplan.model.SourcePositions;

/**
 * The state of one read, straight from a Jackson parser into the model's builders: the options, the
 * problems found, the path to the value being read (names and indexes, turned into a JSON Pointer
 * only when a problem is reported), and the positions kept for the result. Not thread-safe: one per
 * read.
 *
 * <p>The codecs' contract: {@code read} is called with the parser on the value's first token (never
 * {@code VALUE_NULL}, which callers handle) and returns with it on the value's last token, having
 * consumed the whole value whether it could be read or not.
 */
final class Reading {

  final JsonParser p;
  final boolean strict;
  final ReadLimits limits;
  final int maxNumberLength;
  final Problems problems;
  final SourceMap positions;
  private final Utf8Input.@Nullable Columns columns;
  /** The parser when it is one whose token line and column getters are read as {@link #column()} says. */
  private final @Nullable ParserBase fast;
  /** The parser when it tells where a property name starts without a {@code JsonLocation}. */
  private final @Nullable PlanParser nameParser;
  private final long maxValues;
  private long values;
  /** Whether the positions of every value are kept for the result. */
  private final boolean keep;

  // The path to the value being read: a name, or an index (name null), and its positions entry.
  private int[] entries = new int[32];
  private int depth;

  private final StringBuilder scratch = new StringBuilder();

  /**
   * Starts a read.
   *
   * @param columns what turns the parser's byte columns into UTF-16 ones, or null
   * @param size the document's size in bytes when known, else 0: room is made for its positions
   * @param keep whether the positions of every value are kept for the result, or only those the read
   *     itself needs (see {@link SourceMap#truncate})
   */
  Reading(JsonParser p, boolean strict, ReadLimits limits, Utf8Input.@Nullable Columns columns, long size,
      boolean keep) {
    this.p = p;
    this.strict = strict;
    this.limits = limits;
    this.maxNumberLength = limits.maxNumberLength();
    this.problems = new Problems(limits.maxProblems());
    this.keep = keep;
    // About one member or element per 48 bytes in a pretty-printed plan; only the path's when the
    // positions are not kept.
    this.positions = new SourceMap(columns, keep ? (int) Math.min(1 << 20, size / 48) : 0);
    this.columns = columns;
    this.nameParser = p instanceof PlanParser ? (PlanParser) p : null;
    this.fast = p.getClass() == UTF8StreamJsonParser.class || nameParser != null ? (ParserBase) p : null;
    this.maxValues = limits.maxValues();
  }

  // ---- members

  /**
   * Moves to the next member of an object and returns its name, or null at the object's end. The
   * parser is first asked whether the name is the one {@code expected}, which it answers from the
   * bytes without decoding or looking the name up; then the name returned is {@code expected}'s own
   * string.
   *
   * @param expected the name expected, or null when none is
   */
  @Nullable String nextName(@Nullable SerializableString expected) throws IOException {
    JsonToken t;
    if (expected == null) {
      t = p.nextToken();
    } else if (p.nextFieldName(expected)) {
      return expected.getValue();
    } else {
      t = p.currentToken();
    }
    return t == JsonToken.FIELD_NAME ? p.currentName() : null;
  }

  /**
   * Reads the current string value as one of a few known texts, from the parser's bytes when it can
   * (see {@link PlanParser#match}).
   *
   * @return the index of the text matched, or -1 when the value is none of them or could not be
   *     matched from the bytes: then read it with {@code getText()}
   */
  int match(Candidates candidates) throws IOException {
    PlanParser n = nameParser;
    return n == null ? -1 : n.match(candidates);
  }

  // ---- where

  /** The offset of a {@link #place()} when the parser gives none (or one beyond 4 GB). */
  private static final long NO_OFFSET = 0xFFFFFFFFL;

  /** @return the line of the current token, from 1 */
  int line() {
    boolean name = p.currentToken() == JsonToken.FIELD_NAME;
    ParserBase b = fast;
    if (b != null && !name) {
      return b.getTokenLineNr();
    }
    PlanParser n = nameParser;
    return n != null && name ? n.nameLine() : p.currentTokenLocation().getLineNr();
  }

  /** @return the column of the current token, from 1, in UTF-16 characters */
  int column() {
    return column(place());
  }

  /**
   * @return the current token's column and offset as the parser counts them (bytes, for a byte
   *     parser), packed for {@link #column(long)}: cheaper than {@link #column()} when the column may
   *     never be needed. None of the three ways costs a {@code JsonLocation} but the last.
   */
  long place() {
    boolean name = p.currentToken() == JsonToken.FIELD_NAME;
    ParserBase b = fast;
    PlanParser n = nameParser;
    long column;
    long offset;
    if (b != null && !name) {
      // Jackson 2.20's UTF8StreamJsonParser keeps the column and offset of a token other than a
      // name one past what currentTokenLocation() reports (which adds no 1 to the column and takes
      // 1 from the offset): read so, they cost no JsonLocation per value.
      column = b.getTokenColumnNr() - 1;
      offset = b.getTokenCharacterOffset() - 1;
    } else if (n != null && name) {
      column = n.nameColumn();
      offset = n.nameOffset();
    } else {
      JsonLocation loc = p.currentTokenLocation();
      column = loc.getColumnNr();
      offset = loc.getByteOffset();
    }
    return (offset < 0 || offset >= NO_OFFSET ? NO_OFFSET : offset) << 32 | (column & 0xFFFFFFFFL);
  }

  /** @return the column, in UTF-16 characters, of a {@link #place()} */
  int column(long place) {
    int column = (int) place;
    long offset = place >>> 32;
    return offset == NO_OFFSET ? column : charColumn(offset, column);
  }

  /** @return the column of a location Jackson gave, in UTF-16 characters */
  int column(JsonLocation loc) {
    return charColumn(loc.getByteOffset(), loc.getColumnNr());
  }

  private int charColumn(long byteOffset, int byteColumn) {
    return columns == null || byteOffset < 0 ? byteColumn : columns.charColumn(byteOffset, byteColumn);
  }

  /**
   * Records the current token's position for the path's next segment; returns its entry. The column
   * is kept as Jackson counts it (bytes, for a byte parser) and turned into UTF-16 characters only
   * when it is asked for.
   */
  int mark(@Nullable String name, int index) {
    long place = place();
    long offset = place >>> 32;
    return positions.add(parentEntry(), name, index, line(), (int) place,
        offset == NO_OFFSET ? -1 : offset);
  }

  /**
   * Enters a member, recording its name's position (the current token is its name): read straight
   * from a {@link PlanParser}, as {@link #place()} would give it, without asking which token it is.
   */
  void enter(String name) {
    PlanParser n = nameParser;
    push(name, -1, n == null ? mark(name, -1)
        : positions.add(parentEntry(), name, -1, n.nameLine(), n.nameColumn(), n.nameOffset()));
  }

  /**
   * Enters an array element, recording its position (the current token is its first, never a name):
   * read straight from Jackson's byte or character parser, as {@link #place()} would give it.
   */
  void enter(int index) {
    ParserBase b = fast;
    push(null, index, b == null ? mark(null, index)
        : positions.add(parentEntry(), null, index, b.getTokenLineNr(), b.getTokenColumnNr() - 1,
            b.getTokenCharacterOffset() - 1));
  }

  private int parentEntry() {
    return depth == 0 ? -1 : entries[depth - 1];
  }

  /** Enters the root value, recording its position. */
  void enterRoot() {
    push("", -1, mark("", -1));
  }

  private void push(@Nullable String name, int index, int entry) {
    // The name and index are the entry's, in the positions: only the entry is kept here.
    if (depth == entries.length) {
      entries = java.util.Arrays.copyOf(entries, depth * 2);
    }
    entries[depth] = entry;
    depth++;
  }

  void leave() {
    depth--;
    if (!keep) {
      // What was read inside the value is done with; so is the value itself when it is an array's
      // element, which no later duplicate can be compared with.
      int e = entries[depth];
      positions.truncate(positions.name(e) == null ? e : e + 1);
    }
  }

  /** @return the positions for the result: every value's, or none when they are not kept */
  SourcePositions result() {
    return keep ? positions.done() : SourcePositions.none();
  }

  /** @return the positions entry of the value being read */
  int entry() {
    return entries[depth - 1];
  }

  /** @return the JSON Pointer of the value being read */
  String pointer() {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i < depth; i++) {
      b.append('/');
      String name = positions.name(entries[i]);
      if (name == null) {
        b.append(positions.index(entries[i]));
      } else {
        b.append(escape(name));
      }
    }
    return b.toString();
  }

  /** @return the last segment of the path in words: {@code property 'x': } or {@code element 3: } */
  String subject() {
    if (depth <= 1) {
      return "";
    }
    int e = entries[depth - 1];
    String name = positions.name(e);
    return name == null ? "element " + positions.index(e) + ": " : "property '" + name + "': ";
  }

  /** @return the name of the member being read, or its index, or "" at the root */
  String property() {
    if (depth <= 1) {
      return "";
    }
    int e = entries[depth - 1];
    String name = positions.name(e);
    return name == null ? Integer.toString(positions.index(e)) : name;
  }

  /**
   * Escapes a property name as a JSON Pointer segment: {@code ~0}, {@code ~1}, and a lone surrogate as
   * {@code \}{@code uXXXX}, so that {@code "\ud800"} and {@code "?"} do not share a pointer once the
   * pointer is written out in UTF-8.
   */
  static String escape(String segment) {
    int n = segment.length();
    for (int i = 0; i < n; i++) {
      char c = segment.charAt(i);
      if (c == '~' || c == '/' || Character.isSurrogate(c)) {
        return escapeFrom(segment, i);
      }
    }
    return segment;
  }

  private static String escapeFrom(String s, int from) {
    StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, from);
    int n = s.length();
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if (c == '~') {
        b.append("~0");
      } else if (c == '/') {
        b.append("~1");
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  // ---- problems

  void report(Problem problem, Severity severity, String pointer, int line, int column, String text, String... args) {
    problems.add(problem, severity, pointer, line, column, text, args);
  }

  /** Reports a problem at the current token, the value being read. */
  void reportHere(Problem problem, String text, String... args) {
    report(problem, problem.severity(), pointer(), line(), column(), text, args);
  }

  /** Reports a value of the wrong kind at the current token and skips it. */
  void mismatch(Problem problem, String expected) throws IOException {
    String found = describe();
    reportHere(problem, subject() + "expected " + expected + ", but found " + found, property(), expected, found);
    skip();
  }

  /** @return the current token's value in words, as {@link Node#describe} gives it */
  String describe() throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "nothing";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string " + Printer.quote(Node.shorten(p.getText()));
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number " + Node.shorten(p.getText());
      case VALUE_TRUE:
        return "the boolean true";
      case VALUE_FALSE:
        return "the boolean false";
      case VALUE_NULL:
        return "null";
      default:
        return String.valueOf(t.asString());
    }
  }

  // ---- values

  /** Counts one value against {@link ReadLimits#maxValues}. */
  void count() throws TreeParser.Refusal {
    if (++values > maxValues) {
      throw refusalHere(
          "the document holds more than " + maxValues + " values, the limit set by ReadLimits.maxValues",
          "maxValues", String.valueOf(maxValues));
    }
  }

  /** Refuses the document for a member met twice; the parser stands on its second name. */
  TreeParser.Refusal duplicate(String name) {
    int e = entry();
    int parent = depth >= 2 ? entries[depth - 2] : -1;
    int first = positions.child(parent, name, e);
    int line = first >= 0 ? positions.line(first) : 0;
    int column = first >= 0 ? positions.column(first) : 0;
    return TreeParser.refusal(
        Problem.DUPLICATE_KEY, pointer(), positions.line(e), positions.column(e),
        "the property '" + name + "' appears twice in one object"
            + (first >= 0 ? " (first at line " + line + ", column " + column + ")" : "")
            + "; each property may appear once",
        name, String.valueOf(line), String.valueOf(column));
  }

  /** Refuses the document at the current token for a limit. */
  TreeParser.Refusal refusalHere(String text, String limit, String value) {
    return TreeParser.refusal(
        Problem.LIMIT_EXCEEDED, pointer() + contextPath(), line(), column(), text, limit, value);
  }

  /** Checks an array's length before reading its element of the given index. */
  void checkLength(int index) throws TreeParser.Refusal {
    if (index >= limits.maxArrayLength()) {
      String at = pointer() + "/" + index;
      throw TreeParser.refusal(
          Problem.LIMIT_EXCEEDED, at, line(), column(),
          "the array has more than " + limits.maxArrayLength()
              + " elements, the limit set by ReadLimits.maxArrayLength",
          "maxArrayLength", String.valueOf(limits.maxArrayLength()));
    }
  }

  /**
   * Skips the current value, checking it as it goes (duplicate keys, limits): a value that is not
   * read is still part of the document.
   */
  void skip() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      scratch.setLength(0);
      copy(scratch, true);
      scratch.setLength(0);
      if (scratch.capacity() > 1 << 16) {
        scratch.trimToSize();
      }
    }
  }

  /** Captures the current value as compact canonical JSON, for an unknown property. */
  RawJson capture() throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case VALUE_STRING:
        return RawJson.of(Printer.quote(p.getText()));
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return RawJson.of(p.getText());
      case VALUE_TRUE:
        return RawJson.of("true");
      case VALUE_FALSE:
        return RawJson.of("false");
      case VALUE_NULL:
        return RawJson.of("null");
      default:
        scratch.setLength(0);
        copy(scratch, false);
        RawJson raw = RawJson.of(scratch.toString());
        scratch.setLength(0);
        if (scratch.capacity() > 1 << 16) {
          scratch.trimToSize();
        }
        return raw;
    }
  }

  /**
   * Copies the current value (an object or array, whose first token has been counted by the caller
   * or not: containers count themselves here) compactly into {@code out}, checking duplicate keys and
   * the array limit as it goes.
   */
  private void copy(StringBuilder out, boolean counted) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        out.append('{');
        NameSet names = null;
        int members = 0;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          if (members > 0) {
            out.append(',');
          }
          int start = out.length();
          Printer.quote(name, out);
          if (names == null) {
            names = new NameSet(out);
          }
          if (!names.add(start, out.length(), name.hashCode())) {
            throw TreeParser.refusal(
                Problem.DUPLICATE_KEY, pointer() + contextPath(), line(), column(),
                "the property '" + name + "' appears twice in one object; each property may appear once",
                name);
          }
          members++;
          out.append(':');
          p.nextToken();
          count();
          copy(out, true);
        }
        out.append('}');
        return;
      }
      case START_ARRAY: {
        out.append('[');
        int i = 0;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t == null) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "Unexpected end-of-input in an array");
          }
          if (i >= limits.maxArrayLength()) {
            throw TreeParser.refusal(
                Problem.LIMIT_EXCEEDED, pointer() + contextPath(), line(), column(),
                "the array has more than " + limits.maxArrayLength()
                    + " elements, the limit set by ReadLimits.maxArrayLength",
                "maxArrayLength", String.valueOf(limits.maxArrayLength()));
          }
          if (i > 0) {
            out.append(',');
          }
          i++;
          count();
          copy(out, true);
        }
        out.append(']');
        return;
      }
      case VALUE_STRING:
        Printer.quote(p.getText(), out);
        return;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        out.append(p.getText());
        return;
      case VALUE_TRUE:
        out.append("true");
        return;
      case VALUE_FALSE:
        out.append("false");
        return;
      case VALUE_NULL:
        out.append("null");
        return;
      default:
        throw new com.fasterxml.jackson.core.JsonParseException(p, "Unexpected token " + t);
    }
  }

  /**
   * The part of the pointer below the value being read, from Jackson's own parsing context: inside a
   * value being skipped or captured, the path is not tracked segment by segment.
   */
  private String contextPath() {
    StringBuilder b = new StringBuilder();
    java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
    com.fasterxml.jackson.core.JsonStreamContext c = p.getParsingContext();
    int levels = 0;
    for (com.fasterxml.jackson.core.JsonStreamContext x = c; x != null && !x.inRoot(); x = x.getParent()) {
      levels++;
    }
    // The tracked path covers the outer levels; Jackson's context has every level.
    int tracked = depth - 1;
    for (com.fasterxml.jackson.core.JsonStreamContext x = c; x != null && !x.inRoot() && levels > tracked; x = x.getParent()) {
      levels--;
      if (x.inObject() && x.getCurrentName() != null) {
        segments.addFirst(escape(x.getCurrentName()));
      } else if (x.inArray()) {
        segments.addFirst(Integer.toString(Math.max(0, x.getCurrentIndex())));
      }
    }
    for (String s : segments) {
      b.append('/').append(s);
    }
    return b.toString();
  }
}
