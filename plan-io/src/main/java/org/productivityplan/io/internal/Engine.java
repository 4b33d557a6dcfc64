package org.productivityplan.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadLimits;
import org.productivityplan.io.ReadResult;
import org.productivityplan.io.internal.Node.StringNode;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.Finding;
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
    @Nullable T read(Reading r, ObjectCodec.RootHook hook) throws IOException;

    /** Whether the root's codec reads schemaVersion as a field (a plan) or the hook does. */
    boolean hookReadsVersion();
  }

  private static final Root<ProductivityPlan> PLAN = new Root<>() {
    @Override
    public @Nullable ProductivityPlan read(Reading r, ObjectCodec.RootHook hook) throws IOException {
      return Model.PRODUCTIVITY_PLAN.read(r, hook);
    }

    @Override
    public boolean hookReadsVersion() {
      return false;
    }
  };

  private static final Root<CouncilPlan> COUNCIL_PLAN = new Root<>() {
    @Override
    public @Nullable CouncilPlan read(Reading r, ObjectCodec.RootHook hook) throws IOException {
      return Model.COUNCIL_PLAN.read(r, hook);
    }

    @Override
    public boolean hookReadsVersion() {
      return true;
    }
  };

  private final boolean strict;
  private final ReadLimits limits;
  private final boolean positions;
  private final JsonFactory factory;

  /**
   * Creates the engine.
   *
   * @param strict whether unknown properties are errors
   * @param limits the read limits
   * @param positions whether results keep the position of every value
   */
  public Engine(boolean strict, ReadLimits limits, boolean positions) {
    this.strict = strict;
    this.limits = limits;
    this.positions = positions;
    this.factory = new PlanParser.Factory(TreeParser.builder(limits));
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
   * Reads a plan from an array of bytes, which the caller must not change during the read.
   *
   * @param json the bytes
   * @param source the source's name
   * @return the result
   */
  public ReadResult<ProductivityPlan> readPlan(byte[] json, String source) {
    return readArray(json, source, PLAN);
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
   * Reads a council plan from an array of bytes, which the caller must not change during the read.
   *
   * @param json the bytes
   * @param source the source's name
   * @return the result
   */
  public ReadResult<CouncilPlan> readCouncilPlan(byte[] json, String source) {
    return readArray(json, source, COUNCIL_PLAN);
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
    return readUtf8(new Utf8Input(in, limits.maxDocumentSize()), source, root);
  }

  /**
   * Bytes already in memory are checked in one pass and parsed where they lie, with no copy; bytes
   * that are not UTF-8 take the stream's way, which says where the first bad byte stands as every
   * other input does.
   */
  private <T> ReadResult<T> readArray(byte[] json, String source, Root<T> root) {
    int start = Utf8Input.startsWithByteOrderMark(json, json.length) ? 3 : 0;
    if (json.length - start > limits.maxDocumentSize()) {
      return tooLarge(source, "bytes");
    }
    Utf8Input.Columns columns = new Utf8Input.Columns();
    if (Utf8Input.scan(json, start, json.length, -start, columns) != json.length) {
      return readBytes(new java.io.ByteArrayInputStream(json), source, root);
    }
    try (JsonParser p = factory.createParser(json, start, json.length - start)) {
      return read(p, null, columns, json.length, source, root, true);
    } catch (IOException | RuntimeException e) {
      return cannotRead(source, message(e));
    }
  }

  private <T> ReadResult<T> readChars(Reader in, String source, Root<T> root) {
    // Parsed as it is read, never held whole: a document beyond the size limit is refused after
    // reading just past the limit, in a small heap too. Characters go through the byte parser too,
    // so that every input gives the same problems at the same places.
    try {
      return readUtf8(new Utf8Input(
          new Utf8Encoder(new BoundedReader(in, limits.maxDocumentSize())), Long.MAX_VALUE), source, root);
    } catch (RuntimeException e) {
      return cannotRead(source, message(e));
    }
  }

  private <T> ReadResult<T> readText(String text, String source, Root<T> root) {
    if (text.length() > limits.maxDocumentSize()) {
      return tooLarge(source, "characters");
    }
    return readChars(new java.io.StringReader(text), source, root);
  }

  private <T> ReadResult<T> readUtf8(Utf8Input bytes, String source, Root<T> root) {
    try (JsonParser p = factory.createParser(bytes)) {
      return read(p, bytes, bytes.columns(), 0, source, root, true);
    } catch (Utf8Input.TooLarge e) {
      return tooLarge(source, "bytes");
    } catch (BoundedReader.TooLarge e) {
      return tooLarge(source, "characters");
    } catch (Utf8Input.Invalid e) {
      return invalidUtf8(e, null, bytes, source);
    } catch (IOException | RuntimeException e) {
      return cannotRead(source, message(e));
    }
  }

  /**
   * After a refusal, reads the rest of the bytes (up to the size limit) so that a document that is
   * not UTF-8, or is too large, is refused as such wherever the first other problem stood, as when
   * the whole document was decoded before it was parsed.
   */
  private static <T> ReadResult<T> refused(
      Finding why, @Nullable Utf8Input bytes, String source) throws IOException {
    if (bytes != null) {
      byte[] skip = new byte[8192];
      while (bytes.read(skip, 0, skip.length) >= 0) {
        // Only checked.
      }
    }
    return ReadResult.of(null, List.of(why), source);
  }

  private <T> ReadResult<T> readParser(JsonParser p, String source, Root<T> root) {
    try {
      return read(p, null, null, 0, source, root, false);
    } catch (IOException | RuntimeException e) {
      return cannotRead(source, message(e));
    }
  }

  private static String message(Exception e) {
    Throwable t = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    return String.valueOf(t.getMessage() == null ? t : t.getMessage());
  }

  /**
   * Reads one document from a parser, in one pass. A refusal (malformed JSON, a limit, an unsupported
   * version) ends the read with that one problem; anything else is collected and the read goes on.
   *
   * @param bytes the checked bytes under a stream's parser, or null
   * @param columns what turns the parser's byte columns into UTF-16 ones, or null for a parser that
   *     counts characters
   * @param size the document's size in bytes when known, else 0
   * @param whole whether the parser holds just this document: then nothing may follow it; else the
   *     parser is a caller's, read from where it stands to the end of the plan
   */
  private <T> ReadResult<T> read(
      JsonParser p, @Nullable Utf8Input bytes, Utf8Input.@Nullable Columns columns, long size,
      String source, Root<T> root, boolean whole) throws IOException {
    Reading r = new Reading(p, strict, limits, columns, size, positions);
    boolean afterRoot = false;
    try {
      JsonToken t = p.currentToken();
      if (whole || t == null || t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT
          || t == JsonToken.END_ARRAY) {
        t = p.nextToken();
      }
      if (t == null) {
        throw TreeParser.refusal(
            Problem.MALFORMED_JSON, "", 1, 1, "the document is empty; expected a JSON object", "empty");
      }
      r.count();
      r.enterRoot();
      @Nullable T value = null;
      Finding notObject = null;
      if (t != JsonToken.START_OBJECT) {
        String found = r.describe();
        notObject = Problems.finding(
            Problem.ROOT_NOT_OBJECT, Severity.ERROR, "", r.line(), r.column(),
            "expected the document to be a JSON object, but found " + found, "an object", found);
        r.skip();
      } else {
        value = root.read(r, new VersionHook(root.hookReadsVersion()));
      }
      afterRoot = true;
      if (whole) {
        JsonToken extra = p.nextToken();
        if (extra != null) {
          throw TreeParser.refusal(
              Problem.TRAILING_CONTENT, "", r.line(), r.column(),
              "found more content after the end of the document; a document holds exactly one JSON value",
              TreeParser.describe(extra));
        }
      }
      if (notObject != null) {
        return refused(notObject, bytes, source);
      }
      return ReadResult.of(value, r.problems.sorted(), source, r.result());
    } catch (TreeParser.Refusal refusal) {
      return refused(refusal.finding(), bytes, source);
    } catch (StreamConstraintsException e) {
      return refused(TreeParser.limitRefusal(e, p, limits, r::column).finding(), bytes, source);
    } catch (Utf8Input.Invalid e) {
      return invalidUtf8(e, p, bytes, source);
    } catch (JsonProcessingException e) {
      return refused(
          TreeParser.parseRefusal(e, p, afterRoot ? "" : r.pointer(), afterRoot, r::column).finding(),
          bytes, source);
    }
  }

  /** Checks schemaVersion as the root is read, and says when it is missing. */
  private static final class VersionHook implements ObjectCodec.RootHook {
    private final boolean reads;
    private boolean stated;
    private boolean met;

    VersionHook(boolean reads) {
      this.reads = reads;
    }

    @Override
    public boolean member(String name, Reading r) throws IOException {
      if (!VERSION.equals(name)) {
        return false;
      }
      if (met && reads) {
        // Read by the hook, not as a field: the hook finds the duplicate.
        throw r.duplicate(name);
      }
      met = true;
      JsonParser p = r.p;
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return reads;
      }
      stated = true;
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        checkVersion(p.getText(), r);
      }
      if (reads) {
        Codecs.SCHEMA_VERSION.read(r);
      }
      return reads;
    }

    @Override
    public void end(Reading r, int line, int column) {
      if (!stated) {
        r.report(Problem.BAD_VERSION, Problem.BAD_VERSION.severity(), "", line, column,
            "the document has no schemaVersion; expected \"schemaVersion\": \"1.0\" first in the document;"
                + " read as 1.0",
            VERSION, "\"1.0\"", "nothing");
      }
    }
  }

  /**
   * Refuses a major version other than 1, however many digits it has; reports a newer minor one. A
   * text that is not MAJOR.MINOR is left to the schemaVersion codec to report.
   */
  private static void checkVersion(String text, Reading r) throws TreeParser.Refusal {
    int dot = text.indexOf('.');
    if (dot <= 0 || dot == text.length() - 1 || !digits(text, 0, dot) || !digits(text, dot + 1, text.length())
        || dot > 1 && text.charAt(0) == '0') {
      return;
    }
    String major = text.substring(0, dot);
    if (!major.equals("1")) {
      throw TreeParser.refusal(
          Problem.UNSUPPORTED_VERSION, r.pointer(), r.line(), r.column(),
          "the document is in format " + text + ", but this reader reads format 1.x only;"
              + " a different major version may mean something else, so it is refused",
          text, "1.x");
    }
    SchemaVersion v;
    try {
      v = SchemaVersion.parse(text);
    } catch (IllegalArgumentException malformed) {
      return;
    }
    if (v.compareTo(SchemaVersion.CURRENT) > 0) {
      r.reportHere(Problem.NEWER_MINOR_VERSION,
          "the document is in format " + v + ", newer than this reader's "
              + SchemaVersion.CURRENT + "; it is read, and properties this reader does not know are kept"
              + " and written back unchanged",
          v.toString(), SchemaVersion.CURRENT.toString());
    }
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The bytes are not UTF-8: the problem names the byte, its offset, and its line and column. */
  private static <T> ReadResult<T> invalidUtf8(
      Utf8Input.Invalid e, @Nullable JsonParser p, Utf8Input bytes, String source) {
    // Found while checking the bytes after another problem, or before the parser began: the offset
    // says where; the line and column are not known.
    int line = 0;
    int column = 0;
    if (p != null) {
      // Jackson has counted the bytes it asked for more after, so its place may be ahead of the
      // bad byte by as many bytes as it had; the line is right, the column is off by that much.
      JsonLocation loc = p.currentLocation();
      long ahead = loc.getByteOffset() - e.offset;
      if (ahead >= 0 && loc.getColumnNr() - ahead >= 1) {
        line = loc.getLineNr();
        column = bytes.columns().charColumn(e.offset, (int) (loc.getColumnNr() - ahead));
      }
    }
    return ReadResult.of(null, List.of(Problems.finding(
        Problem.INVALID_UTF8, Severity.ERROR, "", line, column,
        String.format("the bytes are not valid UTF-8: byte 0x%02x at offset %d cannot start or continue"
            + " a character; a document must be encoded in UTF-8", e.value, e.rawOffset),
        String.valueOf(e.rawOffset))), source);
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
