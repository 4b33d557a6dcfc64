package org.productivityplan.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadLimits;
import org.productivityplan.io.ReadResult;
import org.productivityplan.io.internal.Node.Member;
import org.productivityplan.io.internal.Node.ObjectNode;
import org.productivityplan.io.internal.Node.StringNode;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.RawJson;
import org.productivityplan.model.SchemaVersion;
import org.productivityplan.model.Severity;

/** The reading and writing machinery behind {@code PlanJson}. Immutable and thread-safe. */
public final class Engine {

  /** The resource name of the productivity-plan schema, next to {@code PlanJson}. */
  public static final String PLAN_SCHEMA = "productivity-plan-1.0.schema.json";

  /** The resource name of the council-plan schema, next to {@code PlanJson}. */
  public static final String COUNCIL_PLAN_SCHEMA = "council-plan-1.0.schema.json";

  private static final String VERSION = "schemaVersion";

  /** What a document's root is read as. */
  private interface Root<T> {
    @Nullable T decode(ObjectNode root, Decoding d);
  }

  private static final Root<ProductivityPlan> PLAN =
      (root, d) -> Model.PRODUCTIVITY_PLAN.decode(root, "", d);

  private static final Root<CouncilPlan> COUNCIL_PLAN =
      (root, d) -> {
        Member v = root.members().get(VERSION);
        if (v != null && !(v.value() instanceof Node.NullNode)) {
          Codecs.SCHEMA_VERSION.decode(v.value(), "/" + VERSION, d);
        }
        return Model.COUNCIL_PLAN.decode(root, "", d, Set.of(VERSION));
      };

  private final boolean strict;
  private final ReadLimits limits;
  private final TreeParser parser;

  /**
   * Creates the engine.
   *
   * @param strict whether unknown properties are errors
   * @param limits the read limits
   */
  public Engine(boolean strict, ReadLimits limits) {
    this.strict = strict;
    this.limits = limits;
    this.parser = new TreeParser(limits);
  }

  /**
   * Reads a plan from a file.
   *
   * @param path the file
   * @return the result
   */
  public ReadResult<ProductivityPlan> readPlan(Path path) {
    return read(path, PLAN);
  }

  /**
   * Reads a plan from bytes.
   *
   * @param in the bytes
   * @param source the source's name
   * @return the result
   */
  public ReadResult<ProductivityPlan> readPlan(InputStream in, String source) {
    return readBytes(in, source, PLAN);
  }

  /**
   * Reads a plan from characters.
   *
   * @param in the characters
   * @param source the source's name
   * @return the result
   */
  public ReadResult<ProductivityPlan> readPlan(Reader in, String source) {
    return readChars(in, source, PLAN);
  }

  /**
   * Reads a plan from a text.
   *
   * @param json the text
   * @param source the source's name
   * @return the result
   */
  public ReadResult<ProductivityPlan> readPlan(String json, String source) {
    return readText(json, source, PLAN);
  }

  /**
   * Reads a plan from a caller's parser.
   *
   * @param parser the parser
   * @param source the source's name
   * @return the result
   */
  public ReadResult<ProductivityPlan> readPlan(JsonParser parser, String source) {
    return readParser(parser, source, PLAN);
  }

  /**
   * Reads a council plan from a caller's parser.
   *
   * @param parser the parser
   * @param source the source's name
   * @return the result
   */
  public ReadResult<CouncilPlan> readCouncilPlan(JsonParser parser, String source) {
    return readParser(parser, source, COUNCIL_PLAN);
  }

  /**
   * Writes a plan to a generator.
   *
   * @param plan the plan
   * @param generator the generator
   * @throws IOException when the generator fails
   */
  public void write(ProductivityPlan plan, JsonGenerator generator) throws IOException {
    Printer.write(Model.PRODUCTIVITY_PLAN.encode(plan), generator);
  }

  /**
   * Writes a council plan to a generator, with {@code "schemaVersion": "1.0"} first.
   *
   * @param plan the council plan
   * @param generator the generator
   * @throws IOException when the generator fails
   */
  public void write(CouncilPlan plan, JsonGenerator generator) throws IOException {
    Printer.write(
        Model.COUNCIL_PLAN.encode(plan, Map.of(VERSION, StringNode.of(SchemaVersion.CURRENT.toString()))),
        generator);
  }

  /**
   * Reads a council plan from a file.
   *
   * @param path the file
   * @return the result
   */
  public ReadResult<CouncilPlan> readCouncilPlan(Path path) {
    return read(path, COUNCIL_PLAN);
  }

  /**
   * Reads a council plan from bytes.
   *
   * @param in the bytes
   * @param source the source's name
   * @return the result
   */
  public ReadResult<CouncilPlan> readCouncilPlan(InputStream in, String source) {
    return readBytes(in, source, COUNCIL_PLAN);
  }

  /**
   * Reads a council plan from characters.
   *
   * @param in the characters
   * @param source the source's name
   * @return the result
   */
  public ReadResult<CouncilPlan> readCouncilPlan(Reader in, String source) {
    return readChars(in, source, COUNCIL_PLAN);
  }

  /**
   * Reads a council plan from a text.
   *
   * @param json the text
   * @param source the source's name
   * @return the result
   */
  public ReadResult<CouncilPlan> readCouncilPlan(String json, String source) {
    return readText(json, source, COUNCIL_PLAN);
  }

  /**
   * Writes a plan canonically.
   *
   * @param plan the plan
   * @return the text
   */
  public String write(ProductivityPlan plan) {
    return Printer.pretty(Model.PRODUCTIVITY_PLAN.encode(plan));
  }

  /**
   * Writes a council plan canonically, with {@code "schemaVersion": "1.0"} first.
   *
   * @param plan the council plan
   * @return the text
   */
  public String write(CouncilPlan plan) {
    return Printer.pretty(
        Model.COUNCIL_PLAN.encode(plan, Map.of(VERSION, StringNode.of(SchemaVersion.CURRENT.toString()))));
  }

  /**
   * Returns one JSON value in the canonical form a reader keeps for an unknown property.
   *
   * @param json the text of one JSON value
   * @return its canonical raw JSON
   */
  public static RawJson rawJson(String json) {
    return RawNodes.canonical(json);
  }

  /**
   * Returns a schema shipped with this module.
   *
   * @param resource {@link #PLAN_SCHEMA} or {@link #COUNCIL_PLAN_SCHEMA}
   * @return its text
   */
  public static String schemaText(String resource) {
    try (InputStream in = PlanJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The schema " + resource + " is missing from the plan-io jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the schema " + resource + " from the plan-io jar", e);
    }
  }

  /** Generates a schema from the descriptors; the shipped resources are checked against this. */
  static String generatedSchema(String resource) {
    return resource.equals(PLAN_SCHEMA) ? Schemas.planSchema() : Schemas.councilPlanSchema();
  }

  private <T> ReadResult<T> read(Path path, Root<T> root) {
    String source = path.toString();
    try {
      if (Files.isDirectory(path)) {
        return cannotRead(source, "it is a directory, not a file");
      }
      long size = Files.size(path);
      if (size > limits.maxDocumentSize()) {
        return tooLarge(source, "bytes");
      }
      try (InputStream in = Files.newInputStream(path)) {
        return readBytes(in, source, root);
      }
    } catch (NoSuchFileException e) {
      return cannotRead(source, "no such file");
    } catch (AccessDeniedException e) {
      return cannotRead(source, "permission denied");
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return cannotRead(source, String.valueOf(e.getMessage()));
    }
  }

  private <T> ReadResult<T> readBytes(InputStream in, String source, Root<T> root) {
    byte[] bytes;
    int max = (int) Math.min(limits.maxDocumentSize(), Integer.MAX_VALUE - 16);
    try {
      bytes = in.readNBytes(max + 1);
    } catch (IOException e) {
      return cannotRead(source, String.valueOf(e.getMessage()));
    }
    if (bytes.length > max) {
      return tooLarge(source, "bytes");
    }
    try {
      return decode(decodeUtf8(bytes), source, root);
    } catch (TreeParser.Refusal r) {
      return ReadResult.of(null, List.of(r.finding()), source);
    }
  }

  private <T> ReadResult<T> readChars(Reader in, String source, Root<T> root) {
    // Parsed as it is read, never held whole: a document beyond the size limit is refused after
    // reading just past the limit, in a small heap too.
    BoundedReader bounded = new BoundedReader(in, limits.maxDocumentSize());
    Node tree;
    try {
      tree = parser.parse(bounded);
    } catch (BoundedReader.TooLarge e) {
      return tooLarge(source, "characters");
    } catch (IOException e) {
      return cannotRead(source, String.valueOf(e.getMessage()));
    } catch (TreeParser.Refusal r) {
      return ReadResult.of(null, List.of(r.finding()), source);
    }
    return decode(tree, source, root);
  }

  private <T> ReadResult<T> readParser(JsonParser p, String source, Root<T> root) {
    Node tree;
    try {
      tree = parser.parseValue(p);
    } catch (IOException e) {
      return cannotRead(source, String.valueOf(e.getMessage()));
    } catch (TreeParser.Refusal r) {
      return ReadResult.of(null, List.of(r.finding()), source);
    }
    return decode(tree, source, root);
  }

  private <T> ReadResult<T> readText(String text, String source, Root<T> root) {
    if (text.length() > limits.maxDocumentSize()) {
      return tooLarge(source, "characters");
    }
    return decode(text.startsWith("\uFEFF") ? text.substring(1) : text, source, root);
  }

  private <T> ReadResult<T> decode(String text, String source, Root<T> root) {
    Node tree;
    try {
      tree = parser.parse(text);
    } catch (TreeParser.Refusal r) {
      return ReadResult.of(null, List.of(r.finding()), source);
    }
    return decode(tree, source, root);
  }

  private <T> ReadResult<T> decode(Node tree, String source, Root<T> root) {
    if (!(tree instanceof ObjectNode)) {
      return ReadResult.of(null, List.of(Problems.finding(
          Problem.ROOT_NOT_OBJECT, Severity.ERROR, "", tree.line(), tree.column(),
          "expected the document to be a JSON object, but found " + tree.describe(),
          "an object", tree.describe())), source);
    }
    ObjectNode object = (ObjectNode) tree;
    Decoding d = new Decoding(strict, limits.maxNumberLength());
    Member version = object.members().get(VERSION);
    if (version == null || version.value() instanceof Node.NullNode) {
      d.report(Problem.BAD_VERSION, "", object,
          "the document has no schemaVersion; expected \"schemaVersion\": \"1.0\" first in the document;"
              + " read as 1.0",
          VERSION, "\"1.0\"", "nothing");
    } else if (version.value() instanceof StringNode) {
      String text0 = ((StringNode) version.value()).value();
      try {
        SchemaVersion v = SchemaVersion.parse(text0);
        if (!v.isReadable()) {
          return ReadResult.of(null, List.of(Problems.finding(
              Problem.UNSUPPORTED_VERSION, Severity.ERROR, "/" + VERSION,
              version.value().line(), version.value().column(),
              "the document is in format " + v + ", but this reader reads format 1.x only;"
                  + " a different major version may mean something else, so it is refused",
              v.toString(), "1.x")), source);
        }
        if (v.compareTo(SchemaVersion.CURRENT) > 0) {
          d.report(Problem.NEWER_MINOR_VERSION, "/" + VERSION, version.value(),
              "the document is in format " + v + ", newer than this reader's "
                  + SchemaVersion.CURRENT + "; it is read, and properties this reader does not know are kept"
                  + " and written back unchanged",
              v.toString(), SchemaVersion.CURRENT.toString());
        }
      } catch (IllegalArgumentException malformed) {
        // Reported by the schemaVersion codec while decoding.
      }
    }
    T value = root.decode(object, d);
    java.util.Map<String, org.productivityplan.model.SourcePositions.Position> at = new java.util.HashMap<>();
    positions(object, "", object.line(), object.column(), at);
    return ReadResult.of(value, d.problems.sorted(), source, p -> java.util.Optional.ofNullable(at.get(p)));
  }

  private static void positions(Node n, String pointer, int line, int column,
      java.util.Map<String, org.productivityplan.model.SourcePositions.Position> at) {
    if (line > 0) {
      at.put(pointer, new org.productivityplan.model.SourcePositions.Position(line, column));
    }
    if (n instanceof ObjectNode) {
      for (Member m : ((ObjectNode) n).members().values()) {
        positions(m.value(), pointer + "/" + TreeParser.escape(m.name()), m.line(), m.column(), at);
      }
    } else if (n instanceof Node.ArrayNode) {
      java.util.List<Node> e = ((Node.ArrayNode) n).elements();
      for (int i = 0; i < e.size(); i++) {
        positions(e.get(i), pointer + "/" + i, e.get(i).line(), e.get(i).column(), at);
      }
    }
  }

  /** Decodes UTF-8 strictly, dropping a leading byte-order mark; invalid bytes are a refusal. */
  private static String decodeUtf8(byte[] bytes) throws TreeParser.Refusal {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.position(); i++) {
        char c = out.get(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= out.position() || out.get(i + 1) != '\n'))) {
          line++;
          column = 1;
        } else if (c != '\r') {
          column++;
        }
      }
      throw TreeParser.refusal(
          Problem.INVALID_UTF8, "", line, column,
          String.format("the bytes are not valid UTF-8: byte 0x%02x at offset %d cannot start or continue"
              + " a character; a document must be encoded in UTF-8", bytes[offset] & 0xFF, offset),
          String.valueOf(offset));
    }
    out.flip();
    return out.toString();
  }

  private static <T> ReadResult<T> cannotRead(String source, String why) {
    return ReadResult.of(null, List.of(Problems.finding(
        Problem.CANNOT_READ, Severity.ERROR, "", 0, 0,
        "cannot read " + source + ": " + why, source, why)), source);
  }

  private <T> ReadResult<T> tooLarge(String source, String unit) {
    return ReadResult.of(null, List.of(Problems.finding(
        Problem.LIMIT_EXCEEDED, Severity.ERROR, "", 0, 0,
        "the document is larger than " + limits.maxDocumentSize() + " " + unit
            + ", the limit set by ReadLimits.maxDocumentSize; it was not read",
        "maxDocumentSize", String.valueOf(limits.maxDocumentSize()))), source);
  }
}
