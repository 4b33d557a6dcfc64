package org.productivityplan.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;
import org.productivityplan.io.internal.Engine;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.RawJson;

/**
 * Reads and writes plans in JSON format 1.0: the one entry point of this module.
 *
 * <p>Reading never throws for bad content or a failure to read: it returns a {@link ReadResult}
 * with the plan, when one could be built, and every problem found in one pass, each a {@link
 * org.productivityplan.model.Finding} with an {@code IO...} rule id, a JSON Pointer, a line and a
 * column. Properties the reader does not know are kept in the objects' {@code unknownProperties()}
 * and written back unchanged; in lenient mode (the default) each is reported as information, in
 * strict mode as an error.
 *
 * <p>Writing is canonical: properties in the model's order then unknown properties in the order
 * read, two-space indent, UTF-8, {@code \n} line ends and a trailing newline. For every plan {@code
 * p}, {@code read(write(p))} gives {@code p} back, and for every canonical document {@code x},
 * {@code write(read(x))} is byte-identical to {@code x}.
 *
 * <p>Nothing here touches the network; the JSON Schema ({@link #schema()}) is a resource of this
 * module and is never fetched.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class PlanJson {

  private static final PlanJson STANDARD = new Builder().build();

  private final boolean strict;
  private final ReadLimits limits;
  private final boolean positions;
  private final Engine engine;

  private PlanJson(Builder b) {
    this.strict = b.strict;
    this.limits = b.limits;
    this.positions = b.positions;
    this.engine = new Engine(strict, limits, positions);
  }

  /**
   * Returns the standard reader and writer: lenient, with the default limits.
   *
   * @return the standard instance
   */
  public static PlanJson standard() {
    return STANDARD;
  }

  /**
   * Returns a builder, starting lenient with the default limits.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether unknown properties are refused as errors (strict) rather than kept and reported
   * as information (lenient).
   *
   * @return true when strict
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Returns the limits enforced while reading.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Tells whether a result keeps where each value stood ({@link ReadResult#positions()}), as it
   * does unless {@linkplain Builder#positions(boolean) turned off}.
   *
   * @return true when results keep the positions of every value
   */
  public boolean keepsPositions() {
    return positions;
  }

  /**
   * Reads a productivity plan from a file, which must be UTF-8 (a leading byte-order mark is
   * ignored).
   *
   * @param path the file
   * @return the plan, if one could be built, and the problems; a missing or unreadable file is a
   *     problem ({@code IO007}), not an exception
   */
  public ReadResult<ProductivityPlan> read(Path path) {
    Objects.requireNonNull(path, "path");
    return engine.readPlan(path);
  }

  /**
   * Reads a productivity plan from UTF-8 bytes (a leading byte-order mark is ignored). The stream is
   * read to its end, or to just past the document size limit, and is not closed.
   *
   * @param in the bytes
   * @param source a name for the document, used in the result
   * @return the plan, if one could be built, and the problems
   */
  public ReadResult<ProductivityPlan> read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return engine.readPlan(in, source);
  }

  /**
   * Reads a productivity plan from UTF-8 bytes held in memory, such as a request body (a leading
   * byte-order mark is ignored). The fastest way in: the bytes are checked and parsed where they
   * lie, without a copy. The array is not changed, and must not be changed during the read.
   *
   * @param json the bytes
   * @param source a name for the document, used in the result
   * @return the plan, if one could be built, and the problems; the same as reading the same bytes
   *     from an {@link InputStream}
   */
  public ReadResult<ProductivityPlan> read(byte[] json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    return engine.readPlan(json, source);
  }

  /**
   * Reads a productivity plan from characters, parsing them as they are read. The reader is read to
   * its end, or only as far as the first problem that refuses the document (such as a limit
   * exceeded), and is not closed.
   *
   * @param in the characters
   * @param source a name for the document, used in the result
   * @return the plan, if one could be built, and the problems
   */
  public ReadResult<ProductivityPlan> read(Reader in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return engine.readPlan(in, source);
  }

  /**
   * Reads a productivity plan from a JSON text. The result's source is {@code "<string>"}.
   *
   * @param json the JSON text
   * @return the plan, if one could be built, and the problems
   */
  public ReadResult<ProductivityPlan> read(String json) {
    Objects.requireNonNull(json, "json");
    return engine.readPlan(json, "<string>");
  }

  /**
   * Reads a productivity plan from a JSON text, naming its source.
   *
   * @param json the JSON text
   * @param source a name for the document, used in the result
   * @return the plan, if one could be built, and the problems
   */
  public ReadResult<ProductivityPlan> read(String json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    return engine.readPlan(json, source);
  }

  /**
   * Reads a productivity plan from a caller's Jackson parser, in one pass over its tokens: for a
   * service that already holds a parser (a web framework's request body). The parser is read from
   * its current token when that starts a value (such as the plan's {@code START_OBJECT}), else from its next, to
   * the end of the plan's object and is neither closed nor read past the plan, so a plan inside a
   * larger document can be read: a parser standing on a property name (or on nothing yet) is
   * advanced to the value. The limits other than the document size are enforced as the tokens come;
   * the parser's own {@code StreamReadConstraints} apply as well. Lines and columns are those the
   * parser reports.
   *
   * @param parser the parser, positioned before or on the plan's object
   * @param source a name for the document, used in the result
   * @return the plan, if one could be built, and the problems
   */
  public ReadResult<ProductivityPlan> read(JsonParser parser, String source) {
    Objects.requireNonNull(parser, "parser");
    Objects.requireNonNull(source, "source");
    return engine.readPlan(parser, source);
  }

  /**
   * Reads a council-plan document (a {@link CouncilPlan} at the root) from a file, which must be
   * UTF-8.
   *
   * @param path the file
   * @return the council plan, if one could be built, and the problems
   */
  public ReadResult<CouncilPlan> readCouncilPlan(Path path) {
    Objects.requireNonNull(path, "path");
    return engine.readCouncilPlan(path);
  }

  /**
   * Reads a council-plan document from UTF-8 bytes. The stream is read to its end, or to just past
   * the document size limit, and is not closed.
   *
   * @param in the bytes
   * @param source a name for the document, used in the result
   * @return the council plan, if one could be built, and the problems
   */
  public ReadResult<CouncilPlan> readCouncilPlan(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return engine.readCouncilPlan(in, source);
  }

  /**
   * Reads a council-plan document from UTF-8 bytes held in memory, as {@link #read(byte[], String)}
   * reads a plan.
   *
   * @param json the bytes
   * @param source a name for the document, used in the result
   * @return the council plan, if one could be built, and the problems
   */
  public ReadResult<CouncilPlan> readCouncilPlan(byte[] json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    return engine.readCouncilPlan(json, source);
  }

  /**
   * Reads a council-plan document from characters, parsing them as they are read. The reader is read
   * to its end, or only as far as the first problem that refuses the document, and is not closed.
   *
   * @param in the characters
   * @param source a name for the document, used in the result
   * @return the council plan, if one could be built, and the problems
   */
  public ReadResult<CouncilPlan> readCouncilPlan(Reader in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return engine.readCouncilPlan(in, source);
  }

  /**
   * Reads a council-plan document from a JSON text. The result's source is {@code "<string>"}.
   *
   * @param json the JSON text
   * @return the council plan, if one could be built, and the problems
   */
  public ReadResult<CouncilPlan> readCouncilPlan(String json) {
    Objects.requireNonNull(json, "json");
    return engine.readCouncilPlan(json, "<string>");
  }

  /**
   * Reads a council-plan document from a JSON text, naming its source.
   *
   * @param json the JSON text
   * @param source a name for the document, used in the result
   * @return the council plan, if one could be built, and the problems
   */
  public ReadResult<CouncilPlan> readCouncilPlan(String json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    return engine.readCouncilPlan(json, source);
  }

  /**
   * Reads a council-plan document from a caller's Jackson parser, in one pass over its tokens; see
   * {@link #read(JsonParser, String)}.
   *
   * @param parser the parser, positioned before or on the council plan's object
   * @param source a name for the document, used in the result
   * @return the council plan, if one could be built, and the problems
   */
  public ReadResult<CouncilPlan> readCouncilPlan(JsonParser parser, String source) {
    Objects.requireNonNull(parser, "parser");
    Objects.requireNonNull(source, "source");
    return engine.readCouncilPlan(parser, source);
  }

  /**
   * Writes a productivity plan as canonical JSON.
   *
   * @param plan the plan
   * @return the JSON text, ending with a newline
   * @throws IllegalArgumentException naming the property when an unknown property's raw JSON is not
   *     one well-formed JSON value, or when its name is that of a known property
   */
  public String write(ProductivityPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return engine.write(plan);
  }

  /**
   * Writes a productivity plan as canonical JSON in UTF-8. The stream is flushed, not closed.
   *
   * @param plan the plan
   * @param out where to write
   * @throws IOException when the stream fails
   * @throws IllegalArgumentException naming the property when an unknown property's raw JSON is not
   *     one well-formed JSON value, or when its name is that of a known property
   */
  public void write(ProductivityPlan plan, OutputStream out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    out.write(engine.write(plan).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Writes a council-plan document as canonical JSON.
   *
   * @param councilPlan the council plan
   * @return the JSON text, ending with a newline
   * @throws IllegalArgumentException naming the property when an unknown property's raw JSON is not
   *     one well-formed JSON value, or when its name is that of a known property
   */
  public String write(CouncilPlan councilPlan) {
    Objects.requireNonNull(councilPlan, "councilPlan");
    return engine.write(councilPlan);
  }

  /**
   * Writes a council-plan document as canonical JSON in UTF-8. The stream is flushed, not closed.
   *
   * @param councilPlan the council plan
   * @param out where to write
   * @throws IOException when the stream fails
   * @throws IllegalArgumentException naming the property when an unknown property's raw JSON is not
   *     one well-formed JSON value, or when its name is that of a known property
   */
  public void write(CouncilPlan councilPlan, OutputStream out) throws IOException {
    Objects.requireNonNull(councilPlan, "councilPlan");
    Objects.requireNonNull(out, "out");
    out.write(engine.write(councilPlan).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Writes a productivity plan to a caller's Jackson generator, as one JSON object in the format's
   * property order, unknown properties last. The generator's own settings (pretty printer, escaping)
   * decide the layout; it is neither flushed nor closed. Use {@link #write(ProductivityPlan)} for the
   * canonical text.
   *
   * @param plan the plan
   * @param generator where to write
   * @throws IOException when the generator fails
   * @throws IllegalArgumentException naming the property when an unknown property's raw JSON is not
   *     one well-formed JSON value, or when its name is that of a known property
   */
  public void write(ProductivityPlan plan, JsonGenerator generator) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(generator, "generator");
    engine.write(plan, generator);
  }

  /**
   * Writes a council-plan document to a caller's Jackson generator, {@code "schemaVersion"} first;
   * see {@link #write(ProductivityPlan, JsonGenerator)}.
   *
   * @param councilPlan the council plan
   * @param generator where to write
   * @throws IOException when the generator fails
   * @throws IllegalArgumentException naming the property when an unknown property's raw JSON is not
   *     one well-formed JSON value, or when its name is that of a known property
   */
  public void write(CouncilPlan councilPlan, JsonGenerator generator) throws IOException {
    Objects.requireNonNull(councilPlan, "councilPlan");
    Objects.requireNonNull(generator, "generator");
    engine.write(councilPlan, generator);
  }

  /**
   * Returns one JSON value as a reader keeps it for an unknown property: compact canonical text in
   * a {@link RawJson}. Use it to put unknown properties into a plan built in code, so that the plan
   * equals the one a reader makes of what the writer writes.
   *
   * @param json the text of one JSON value, in any layout
   * @return the value's canonical raw JSON
   * @throws IllegalArgumentException naming the problem when the text is not one well-formed JSON
   *     value
   */
  public static RawJson rawJson(String json) {
    Objects.requireNonNull(json, "json");
    return Engine.rawJson(json);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of a productivity-plan document in format 1.0, as shipped
   * in this module's jar.
   *
   * @return the schema's JSON text
   */
  public static String schema() {
    return Engine.schemaText(Engine.PLAN_SCHEMA);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of a council-plan document in format 1.0, as shipped in
   * this module's jar.
   *
   * @return the schema's JSON text
   */
  public static String councilPlanSchema() {
    return Engine.schemaText(Engine.COUNCIL_PLAN_SCHEMA);
  }

  /** Builds a {@link PlanJson}. Not thread-safe; the instance it builds is. */
  public static final class Builder {

    private boolean strict;
    private ReadLimits limits = ReadLimits.defaults();
    private boolean positions = true;

    private Builder() {}

    /**
     * Sets whether unknown properties are errors (strict) or kept and reported as information
     * (lenient, the default).
     *
     * @param strict true for strict
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Sets the limits enforced while reading.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets whether a result keeps where each value stood (the default), so that {@link
     * ReadResult#positions()} answers for any JSON Pointer and the findings of rules on the plan read
     * carry lines and columns. A reader that only wants the value, such as the Jackson module of
     * {@code plan-jackson}, can leave them out: a read then allocates about a fifth less, and its
     * result holds no positions (24 bytes for each member and element, about half the size of a
     * pretty-printed document, for as long as the result is held); it takes hardly less time
     * (docs/performance.md). {@code positions()} then finds nothing, and every problem found while
     * reading still has its own line and column.
     *
     * @param positions false to keep no positions
     * @return this builder
     */
    public Builder positions(boolean positions) {
      this.positions = positions;
      return this;
    }

    /**
     * Builds the reader and writer.
     *
     * @return an immutable, thread-safe instance
     */
    public PlanJson build() {
      return new PlanJson(this);
    }
  }
}
