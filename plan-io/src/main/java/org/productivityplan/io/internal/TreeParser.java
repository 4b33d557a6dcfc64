package org.productivityplan.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.productivityplan.io.ReadLimits;
import org.productivityplan.io.internal.Node.Member;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;

/**
 * Parses JSON text into a {@link Node} tree with Jackson's streaming parser, enforcing the read
 * limits. Anything that stops the text from being one JSON object tree is a {@link Refusal}
 * carrying one problem with its line, column and pointer. Immutable and thread-safe.
 */
final class TreeParser {

  /** Thrown when the text cannot be parsed into a tree; carries the one problem that says why. */
  static final class Refusal extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Finding finding;

    Refusal(Finding finding) {
      super(finding.message(), null);
      this.finding = finding;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }

    Finding finding() {
      return finding;
    }
  }

  private static final Pattern QUOTED_TOKEN = Pattern.compile("token '([^']*)'");

  private final JsonFactory factory;
  private final ReadLimits limits;

  TreeParser(ReadLimits limits) {
    this.limits = limits;
    this.factory = factory(limits);
  }

  /**
   * Returns the parser factory of the limits: Jackson enforces nesting, string, name and number
   * lengths as it reads (the document size is counted on the way in). Property names come from a
   * small vocabulary: one string each, from Jackson's symbol table (which clears itself rather than
   * grow past its size, so hostile names cannot fill it); not interned. A caller's stream or reader
   * is read, not closed.
   */
  static JsonFactory factory(ReadLimits limits) {
    return builder(limits).build();
  }

  /** @return a builder of {@link #factory}'s configuration */
  static JsonFactoryBuilder builder(ReadLimits limits) {
    return (JsonFactoryBuilder) JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build())
        .enable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE);
  }

  /**
   * Parses a whole document.
   *
   * @param text the document
   * @return its root value
   * @throws Refusal when the text is not exactly one JSON value within the limits
   */
  Node parse(String text) throws Refusal {
    try (JsonParser p = factory.createParser(text)) {
      return parse(p);
    } catch (Refusal r) {
      throw r;
    } catch (IOException e) {
      // Reading or closing a parser over a String cannot fail in practice; say so plainly if it does.
      throw refusal(Problem.CANNOT_READ, "", 0, 0, "the text could not be parsed: " + e.getMessage(), String.valueOf(e.getMessage()));
    }
  }

  /**
   * Parses a whole document from characters as they are read, so that a document beyond a limit is
   * refused without ever being held in memory whole. The reader is not closed.
   *
   * @param text the document
   * @return its root value
   * @throws Refusal when the text is not exactly one JSON value within the limits
   * @throws IOException when the reader fails
   */
  Node parse(Reader text) throws Refusal, IOException {
    try (JsonParser p = factory.createParser(text)) {
      return parse(p);
    }
  }

  /**
   * Parses one value from a caller's parser, from its current token if it has one, else from its
   * next; reads nothing after the value.
   */
  Node parseValue(JsonParser p) throws Refusal, IOException {
    Deque<String> path = new ArrayDeque<>();
    try {
      JsonToken t = p.currentToken();
      if (t == null || t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        t = p.nextToken();
      }
      if (t == null) {
        throw refusal(Problem.MALFORMED_JSON, "", 1, 1, "the document is empty; expected a JSON object", "empty");
      }
      return value(p, t, path);
    } catch (StreamConstraintsException e) {
      throw limitRefusal(e, p, limits, JsonLocation::getColumnNr);
    } catch (JsonProcessingException e) {
      throw parseRefusal(e, p, pointer(path), false, JsonLocation::getColumnNr);
    }
  }

  private Node parse(JsonParser p) throws Refusal, IOException {
    Deque<String> path = new ArrayDeque<>();
    boolean afterRoot = false;
    try {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw refusal(Problem.MALFORMED_JSON, "", 1, 1, "the document is empty; expected a JSON object", "empty");
      }
      Node root = value(p, t, path);
      afterRoot = true;
      JsonToken extra = p.nextToken();
      if (extra != null) {
        JsonLocation loc = p.currentTokenLocation();
        throw refusal(
            Problem.TRAILING_CONTENT, "", loc.getLineNr(), loc.getColumnNr(),
            "found more content after the end of the document; a document holds exactly one JSON value",
            describe(extra));
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw limitRefusal(e, p, limits, JsonLocation::getColumnNr);
    } catch (JsonProcessingException e) {
      throw parseRefusal(e, p, afterRoot ? "" : pointer(path), afterRoot, JsonLocation::getColumnNr);
    }
  }

  private Node value(JsonParser p, JsonToken t, Deque<String> path) throws IOException, Refusal {
    JsonLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr();
    int col = loc.getColumnNr();
    switch (t) {
      case START_OBJECT: {
        LinkedHashMap<String, Member> members = new LinkedHashMap<>();
        JsonToken n;
        while ((n = p.nextToken()) == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonLocation nameLoc = p.currentTokenLocation();
          if (members.containsKey(name)) {
            path.addLast(escape(name));
            String pointer = pointer(path);
            path.removeLast();
            Member first = members.get(name);
            throw refusal(
                Problem.DUPLICATE_KEY, pointer, nameLoc.getLineNr(), nameLoc.getColumnNr(),
                "the property '" + name + "' appears twice in one object (first at line " + first.line()
                    + ", column " + first.column() + "); each property may appear once",
                name, String.valueOf(first.line()), String.valueOf(first.column()));
          }
          path.addLast(escape(name));
          Node v = value(p, p.nextToken(), path);
          path.removeLast();
          members.put(name, new Member(name, nameLoc.getLineNr(), nameLoc.getColumnNr(), v));
        }
        return new Node.ObjectNode(line, col, members);
      }
      case START_ARRAY: {
        List<Node> elements = new ArrayList<>();
        JsonToken n;
        while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
          if (n == null) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "Unexpected end-of-input in an array");
          }
          if (elements.size() >= limits.maxArrayLength()) {
            path.addLast(Integer.toString(elements.size()));
            JsonLocation el = p.currentTokenLocation();
            throw refusal(
                Problem.LIMIT_EXCEEDED, pointer(path), el.getLineNr(), el.getColumnNr(),
                "the array has more than " + limits.maxArrayLength()
                    + " elements, the limit set by ReadLimits.maxArrayLength",
                "maxArrayLength", String.valueOf(limits.maxArrayLength()));
          }
          path.addLast(Integer.toString(elements.size()));
          elements.add(value(p, n, path));
          path.removeLast();
        }
        return new Node.ArrayNode(line, col, elements);
      }
      case VALUE_STRING:
        return new Node.StringNode(line, col, p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Node.NumberNode(line, col, p.getText());
      case VALUE_TRUE:
        return new Node.BooleanNode(line, col, true);
      case VALUE_FALSE:
        return new Node.BooleanNode(line, col, false);
      case VALUE_NULL:
        return new Node.NullNode(line, col);
      default:
        throw new com.fasterxml.jackson.core.JsonParseException(p, "Unexpected token " + t);
    }
  }

  /**
   * Turns Jackson's refusal of a limit into the problem that names the limit, at the pointer of the
   * value Jackson was reading (from its own context: it reads a member's value with its name).
   */
  static Refusal limitRefusal(
      StreamConstraintsException e, JsonParser p, ReadLimits limits, ToIntFunction<JsonLocation> column) {
    String m = String.valueOf(e.getOriginalMessage());
    String limit;
    String what;
    long value;
    if (m.contains("esting depth")) {
      limit = "maxNestingDepth";
      what = "objects and arrays are nested more than " + limits.maxNestingDepth() + " deep";
      value = limits.maxNestingDepth();
    } else if (m.contains("umber value length")) {
      limit = "maxNumberLength";
      what = "a number is longer than " + limits.maxNumberLength() + " characters";
      value = limits.maxNumberLength();
    } else if (m.contains("ame length") || m.contains("ame value length")) {
      limit = "maxStringLength";
      what = "a property name is longer than " + limits.maxStringLength() + " characters";
      value = limits.maxStringLength();
    } else if (m.contains("tring value length")) {
      limit = "maxStringLength";
      what = "a string is longer than " + limits.maxStringLength() + " characters";
      value = limits.maxStringLength();
    } else {
      limit = "maxDocumentSize";
      what = "the document is longer than " + limits.maxDocumentSize() + " characters";
      value = limits.maxDocumentSize();
    }
    JsonLocation loc = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    return refusal(
        Problem.LIMIT_EXCEEDED, contextPointer(p), loc.getLineNr(), column.applyAsInt(loc),
        what + ", the limit set by ReadLimits." + limit, limit, String.valueOf(value));
  }

  /** Turns Jackson's refusal of malformed JSON into the problem that says what was found. */
  static Refusal parseRefusal(
      JsonProcessingException e, JsonParser p, String pointer, boolean afterRoot,
      ToIntFunction<JsonLocation> column) {
    JsonLocation loc = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    int line = loc.getLineNr();
    int col = column.applyAsInt(loc);
    String original = String.valueOf(e.getOriginalMessage());
    if (afterRoot) {
      return refusal(
          Problem.TRAILING_CONTENT, "", line, col,
          "found more content after the end of the document; a document holds exactly one JSON value",
          clean(original));
    }
    if (original.startsWith("Non-standard token") || original.startsWith("Unrecognized token")) {
      Matcher m = QUOTED_TOKEN.matcher(original);
      String token = m.find() ? m.group(1) : "?";
      // Jackson reports where the token ends, and may have read it ahead of its property name; its
      // byte parser reports an unrecognised token one character further on.
      int end = original.startsWith("Unrecognized token") && loc.getByteOffset() >= 0 ? col - 1 : col;
      int start = end > token.length() ? end - token.length() : col;
      return refusal(
          Problem.NON_JSON_LITERAL, contextPointer(p), line, start,
          "found '" + Node.shorten(token) + "', which is not JSON; a value must be a string, a number, an object,"
              + " an array, true, false or null",
          token);
    }
    return refusal(Problem.MALFORMED_JSON, pointer, line, col, "malformed JSON: " + clean(original), clean(original));
  }

  /** Drops Jackson's hints about its own configuration, which mean nothing to a user. */
  private static String clean(String message) {
    // Jackson names where an unclosed object or array began in its own words, with the source
    // redacted: say it in ours.
    String m =
        message
            .replaceAll(
                " \\(start marker at \\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]\\)",
                " (opened at line $1, column $2)")
            .replaceAll(" ?(at )?\\[Source: [^\\]]*\\]", "");
    for (String cut : new String[] {"; enable ", ": enable ", " (for Object entry", " (or "}) {
      int i = m.indexOf(cut);
      if (i > 0) {
        m = m.substring(0, i);
      }
    }
    m = m.replace("JsonToken.", "").replace("\n", " ").strip();
    return m;
  }

  static String describe(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      default:
        return String.valueOf(t.asString());
    }
  }

  /** The pointer of the value being parsed, from Jackson's own context (it reads values ahead). */
  private static String contextPointer(JsonParser p) {
    Deque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        segments.addFirst(escape(c.getCurrentName()));
      } else if (c.inArray()) {
        segments.addFirst(Integer.toString(Math.max(0, c.getCurrentIndex())));
      }
    }
    return pointer(segments);
  }

  static Refusal refusal(Problem problem, String pointer, int line, int column, String text, String... args) {
    return new Refusal(Problems.finding(problem, Severity.ERROR, pointer, line, column, text, args));
  }

  static String pointer(Deque<String> path) {
    StringBuilder b = new StringBuilder();
    for (Iterator<String> it = path.iterator(); it.hasNext(); ) {
      b.append('/').append(it.next());
    }
    return b.toString();
  }

  static String escape(String segment) {
    return Reading.escape(segment);
  }

}
