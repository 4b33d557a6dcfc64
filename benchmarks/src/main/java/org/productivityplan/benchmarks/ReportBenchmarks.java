package org.productivityplan.benchmarks;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
import org.productivityplan.examples.ExamplePlans;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.report.HtmlReport;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.ValidationReport;

/**
 * Rendering a plan's HTML report against reading and validating the same plan, for each bundled
 * real plan: the report should cost less than the check it reports on.
 *
 * <ol>
 *   <li>{@link #readAndValidate}: the SDK reading the plan's bytes and validating it;
 *   <li>{@link #render}: the page of the plan and its report, written to memory.
 * </ol>
 *
 * <p>Both read from and write to memory the caller owns: the plan's bytes are read from an array
 * made once, and the page is written to a {@link StringWriter} made once and emptied before each
 * page, as a server writes pages into a response buffer it reuses. A new writer per page would add
 * the cost of growing a buffer of some hundred thousand characters, which is the caller's choice,
 * not the report's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReportBenchmarks {

  /** Creates the benchmarks; JMH calls this. */
  public ReportBenchmarks() {}

  /** A bundled plan's bytes, the plan read and its report. */
  @State(Scope.Benchmark)
  public static class Plan {

    /** The bundled real plan. */
    @Param({"sefton-2024", "devon-2024", "somerset-2024"})
    public String name = "";

    byte[] json = new byte[0];
    final PlanJson planJson = PlanJson.standard();
    final PlanValidator validator = PlanValidator.standard();
    @Nullable ProductivityPlan plan;
    @Nullable ValidationReport report;
    final StringWriter page = new StringWriter(128 * 1024);

    /** Creates the state; JMH calls this. */
    public Plan() {}

    /** Reads and validates the plan once, for {@link #render}. */
    @Setup
    public void setUp() {
      json = ExamplePlans.json(name).getBytes(StandardCharsets.UTF_8);
      ReadResult<ProductivityPlan> read = planJson.read(json, name);
      plan = read.value().orElseThrow(() -> new IllegalStateException(name + ": " + read.problems()));
      report = validator.validate(plan, read.problems(), name);
    }
  }

  /**
   * Reading (the bytes in memory, as {@code PlanBenchmarks.sdkRead}) and validating the plan.
   *
   * @param state the plan
   * @return the report
   */
  @Benchmark
  public ValidationReport readAndValidate(Plan state) {
    ReadResult<ProductivityPlan> read =
        state.planJson.read(state.json, state.name);
    return state.validator.validate(read.value().orElseThrow(), read.problems(), state.name);
  }

  /**
   * Rendering the plan's page.
   *
   * @param state the plan and its report
   * @return the page's length, so that the page is not optimised away
   * @throws IOException never: the page is written to memory
   */
  @Benchmark
  public int render(Plan state) throws IOException {
    StringWriter out = state.page;
    out.getBuffer().setLength(0);
    HtmlReport.standard()
        .render(Objects.requireNonNull(state.plan), Objects.requireNonNull(state.report), out);
    return out.getBuffer().length();
  }
}
