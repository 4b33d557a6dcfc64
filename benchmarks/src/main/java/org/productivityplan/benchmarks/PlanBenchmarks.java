package org.productivityplan.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.jackson.PlanModule;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.ValidationReport;

/**
 * Reading and validating a plan, against the alternatives, on the same bytes at three sizes.
 *
 * <ol>
 *   <li>{@link #jacksonTree}: a bare Jackson parse into a {@code JsonNode} tree, the floor;
 *   <li>{@link #networkntSchema}: the same parse, then networknt's json-schema-validator checking
 *       the tree against the SDK's own schema ({@link PlanJson#schema()}), what a user would
 *       otherwise pick;
 *   <li>{@link #sdkRead}: the SDK reading the same bytes into the model ({@code PlanJson.read(byte[],
 *       String)}), as {@code readTree} reads them;
 *   <li>{@link #sdkReadFromParser}: the same, from a Jackson parser the caller made;
 *   <li>{@link #sdkReadStream}: the same, from an {@code InputStream} over the bytes;
 *   <li>{@link #sdkValidate}: the SDK validating a plan already read;
 *   <li>{@link #sdkReadAndValidate}: the SDK reading and validating, as a service does.
 * </ol>
 *
 * <p>The sizes ({@link Data#scale}) are the Sefton plan with synthetic KPIs ({@code 1}), and ten and a
 * hundred times its projects, KPIs and spend lines ({@link PlanCorpus}). The defaults here are the
 * full suite; {@code docs/performance.md} gives the short run's options.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PlanBenchmarks {

  /** Creates the benchmarks; JMH calls this. */
  public PlanBenchmarks() {}

  /** The document's bytes, and the parser of the floor; shared by every benchmark. */
  @State(Scope.Benchmark)
  public static class Data {

    /** How many times Sefton's projects, KPIs and spend lines the plan holds. */
    @Param({"1", "10", "100"})
    public int scale;

    byte[] json = new byte[0];
    final ObjectMapper mapper = new ObjectMapper();

    /** Creates the state; JMH calls this. */
    public Data() {}

    /** Builds the document. */
    @Setup
    public void setUp() {
      json = PlanCorpus.scaledSefton(scale);
    }

    JsonNode tree() throws IOException {
      return mapper.readTree(json);
    }
  }

  /** networknt's compiled form of the SDK's schema. */
  @State(Scope.Benchmark)
  public static class SchemaCheck {

    @Nullable Schema schema;

    /** Creates the state; JMH calls this. */
    public SchemaCheck() {}

    /**
     * Compiles the schema once and checks that the document passes it, so that the check is not
     * measured taking an error path.
     *
     * @param data the document
     * @throws IOException never, the bytes being well-formed
     */
    @Setup
    public void setUp(Data data) throws IOException {
      Schema s = networkntSchema(PlanJson.schema());
      List<Error> errors = s.validate(data.tree());
      if (!errors.isEmpty()) {
        throw new IllegalStateException(
            "The scale-" + data.scale + " plan fails the SDK's JSON Schema: " + errors);
      }
      schema = s;
    }
  }

  /** The SDK's reader and validator, and the plan read once. */
  @State(Scope.Benchmark)
  public static class Sdk {

    final PlanJson planJson = PlanJson.standard();
    final PlanJson withoutPositions = PlanJson.builder().positions(false).build();
    final ObjectMapper module = new ObjectMapper().registerModule(new PlanModule());
    final PlanValidator validator = PlanValidator.standard();
    @Nullable ProductivityPlan plan;

    /** Creates the state; JMH calls this. */
    public Sdk() {}

    /**
     * Reads the plan once and checks that the SDK reads it without errors.
     *
     * @param data the document
     */
    @Setup
    public void setUp(Data data) {
      ReadResult<ProductivityPlan> read = read(data);
      if (read.hasErrors() || read.value().isEmpty()) {
        throw new IllegalStateException(
            "The SDK cannot read the scale-" + data.scale + " plan: " + read.problems());
      }
      plan = read.value().get();
    }

    ReadResult<ProductivityPlan> read(Data data) {
      return planJson.read(data.json, "benchmark");
    }
  }

  /**
   * Compiles a JSON Schema with networknt's validator, resolving nothing remotely: the schema's own
   * {@code $defs} are all it refers to.
   *
   * @param schemaText the schema
   * @return the compiled schema
   */
  static Schema networkntSchema(String schemaText) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(schemaText, InputFormat.JSON);
  }

  /**
   * The floor: a bare parse into Jackson's tree.
   *
   * @param data the document
   * @return the tree
   * @throws IOException never, the bytes being well-formed
   */
  @Benchmark
  public JsonNode jacksonTree(Data data) throws IOException {
    return data.tree();
  }

  /**
   * What a user would otherwise pick: the same parse, then a JSON Schema check.
   *
   * @param data the document
   * @param check the compiled schema
   * @return the schema violations (none)
   * @throws IOException never, the bytes being well-formed
   */
  @Benchmark
  public List<Error> networkntSchema(Data data, SchemaCheck check) throws IOException {
    return Objects.requireNonNull(check.schema).validate(data.tree());
  }

  /**
   * The SDK reading the bytes in memory into the model, as {@code readTree(bytes)} reads them.
   *
   * @param data the document
   * @param sdk the reader
   * @return the result
   */
  @Benchmark
  public ReadResult<ProductivityPlan> sdkRead(Data data, Sdk sdk) {
    return sdk.read(data);
  }

  /**
   * The SDK reading the bytes in memory into the model and keeping no positions ({@code
   * PlanJson.Builder.positions(false)}): what a reader that never validates pays.
   *
   * @param data the document
   * @param sdk the reader
   * @return the result
   */
  @Benchmark
  public ReadResult<ProductivityPlan> sdkReadWithoutPositions(Data data, Sdk sdk) {
    return sdk.withoutPositions.read(data.json, "benchmark");
  }

  /**
   * A service's own {@code ObjectMapper} with the SDK's Jackson module reading the bytes as a plan,
   * as a web framework reads a request body: {@code readValue(bytes, ProductivityPlan.class)}.
   *
   * @param data the document
   * @param sdk the mapper
   * @return the plan
   * @throws IOException never, the bytes being a plan
   */
  @Benchmark
  public ProductivityPlan jacksonModule(Data data, Sdk sdk) throws IOException {
    return sdk.module.readValue(data.json, ProductivityPlan.class);
  }

  /**
   * The SDK reading the bytes from a stream, as from a file or a socket: checked and parsed as they
   * arrive, never held whole.
   *
   * @param data the document
   * @param sdk the reader
   * @return the result
   */
  @Benchmark
  public ReadResult<ProductivityPlan> sdkReadStream(Data data, Sdk sdk) {
    return sdk.planJson.read(new ByteArrayInputStream(data.json), "benchmark");
  }

  /**
   * The SDK reading the bytes from a Jackson parser the caller made, as a web framework hands over a
   * request body: the same one pass as {@link #sdkRead}, on the caller's parser.
   *
   * @param data the document
   * @param sdk the reader
   * @return the result
   * @throws IOException never, the bytes being well-formed
   */
  @Benchmark
  public ReadResult<ProductivityPlan> sdkReadFromParser(Data data, Sdk sdk) throws IOException {
    try (JsonParser p = data.mapper.getFactory().createParser(data.json)) {
      return sdk.planJson.read(p, "benchmark");
    }
  }

  /**
   * The SDK validating a plan it has already read.
   *
   * @param sdk the validator and the plan
   * @return the report
   */
  @Benchmark
  public ValidationReport sdkValidate(Sdk sdk) {
    return sdk.validator.validate(Objects.requireNonNull(sdk.plan));
  }

  /**
   * The SDK reading and validating, reporting read problems in the same report.
   *
   * @param data the document
   * @param sdk the reader and validator
   * @return the report
   */
  @Benchmark
  public ValidationReport sdkReadAndValidate(Data data, Sdk sdk) {
    ReadResult<ProductivityPlan> read = sdk.read(data);
    return read.value()
        .map(p -> sdk.validator.validate(p, read.problems()))
        .orElseGet(() -> ValidationReport.ofProblems(read.problems()));
  }
}
