package org.productivityplan.benchmarks;

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
import java.util.concurrent.TimeUnit;
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
 *   <li>{@link #sdkRead}: the SDK reading the bytes into the model;
 *   <li>{@link #sdkValidate}: the SDK validating a plan already read;
 *   <li>{@link #sdkReadAndValidate}: the SDK reading and validating, as a service does.
 * </ol>
 *
 * <p>The sizes ({@link #scale}) are the Sefton plan with synthetic KPIs ({@code 1}), and ten and a
 * hundred times its projects, KPIs and spend lines ({@link PlanCorpus}). The defaults here are the
 * full suite; {@code docs/performance.md} gives the short run's options.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class PlanBenchmarks {

  /** How many times Sefton's projects, KPIs and spend lines the plan holds. */
  @Param({"1", "10", "100"})
  public int scale;

  private byte[] json = new byte[0];
  private final ObjectMapper mapper = new ObjectMapper();
  private final PlanJson planJson = PlanJson.standard();
  private final PlanValidator validator = PlanValidator.standard();
  private @org.jspecify.annotations.Nullable Schema schema;
  private @org.jspecify.annotations.Nullable ProductivityPlan plan;

  /** Creates the benchmark; JMH calls this. */
  public PlanBenchmarks() {}

  /**
   * Builds the data, the schema and the plan read once, and checks that every contender accepts the
   * document, so that none is measured taking a short cut through an error path.
   *
   * @throws IOException never, the bytes being in memory
   */
  @Setup
  public void setUp() throws IOException {
    json = PlanCorpus.scaledSefton(scale);
    schema = networkntSchema(PlanJson.schema());
    List<Error> schemaErrors = schema.validate(mapper.readTree(json));
    if (!schemaErrors.isEmpty()) {
      throw new IllegalStateException(
          "The scale-" + scale + " plan fails the SDK's JSON Schema: " + schemaErrors);
    }
    ReadResult<ProductivityPlan> read = read();
    if (read.hasErrors() || read.value().isEmpty()) {
      throw new IllegalStateException(
          "The SDK cannot read the scale-" + scale + " plan: " + read.problems());
    }
    plan = read.value().get();
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

  private ReadResult<ProductivityPlan> read() {
    return planJson.read(new ByteArrayInputStream(json), "benchmark");
  }

  /**
   * The floor: a bare parse into Jackson's tree.
   *
   * @return the tree
   * @throws IOException never, the bytes being well-formed
   */
  @Benchmark
  public JsonNode jacksonTree() throws IOException {
    return mapper.readTree(json);
  }

  /**
   * What a user would otherwise pick: the same parse, then a JSON Schema check.
   *
   * @return the schema violations (none)
   * @throws IOException never, the bytes being well-formed
   */
  @Benchmark
  public List<Error> networkntSchema() throws IOException {
    return schemaOrFail().validate(mapper.readTree(json));
  }

  /**
   * The SDK reading the bytes into the model.
   *
   * @return the result
   */
  @Benchmark
  public ReadResult<ProductivityPlan> sdkRead() {
    return read();
  }

  /**
   * The SDK validating a plan it has already read.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport sdkValidate() {
    ProductivityPlan p = plan;
    if (p == null) {
      throw new IllegalStateException("setUp has not run");
    }
    return validator.validate(p);
  }

  /**
   * The SDK reading and validating, reporting read problems in the same report.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport sdkReadAndValidate() {
    ReadResult<ProductivityPlan> read = read();
    return read.value()
        .map(p -> validator.validate(p, read.problems()))
        .orElseGet(() -> ValidationReport.ofProblems(read.problems()));
  }

  private Schema schemaOrFail() {
    Schema s = schema;
    if (s == null) {
      throw new IllegalStateException("setUp has not run");
    }
    return s;
  }
}
