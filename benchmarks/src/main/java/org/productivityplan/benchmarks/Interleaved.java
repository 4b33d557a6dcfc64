package org.productivityplan.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.productivityplan.io.PlanJson;
import org.productivityplan.jackson.PlanModule;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.validation.PlanValidator;

/**
 * A cross-check of {@link PlanBenchmarks}' ratios that a shared machine disturbs less: the tree
 * parse, Jackson's tokens alone (the tree parse without the tree), the SDK read of the same bytes,
 * validation and read + validate run in turn, one operation
 * each, round after round in one JVM, and each operation's thread CPU time is summed per contender.
 * Load that comes and goes then falls on every contender alike, where JMH measures one benchmark
 * after another. Not a JMH benchmark and not a claim of its own: a check on how far to trust the JMH
 * ratios near a target.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar
 * org.productivityplan.benchmarks.Interleaved SCALE [SECONDS]} (after 5 s of warm-up).
 */
public final class Interleaved {

  private static final String[] NAMES = {
    "tree parse", "Jackson tokens", "SDK read", "SDK read keeping no positions", "Jackson module",
    "SDK validate", "SDK read + validate"};

  private Interleaved() {}

  /**
   * Runs the contenders at one scale and prints the ratios of their CPU time to the tree parse's.
   *
   * @param args the scale (1, 10, 100) and, optionally, the seconds to measure (default 20)
   * @throws Exception when an operation fails, which the data is made not to
   */
  public static void main(String[] args) throws Exception {
    int scale = Integer.parseInt(args[0]);
    long seconds = args.length > 1 ? Long.parseLong(args[1]) : 20;
    double[] cpu = measure(scale, 5, seconds);
    System.out.println(report(scale, cpu));
  }

  /**
   * Measures the contenders.
   *
   * @param scale the size of the plan ({@link PlanCorpus#scaledSefton})
   * @param warmUpSeconds how long to run them before measuring
   * @param seconds how long to measure
   * @return the mean thread CPU time per operation of each contender, in nanoseconds, in the order
   *     tree parse, Jackson tokens, SDK read, SDK read keeping no positions, Jackson module, SDK
   *     validate, SDK read + validate
   * @throws Exception when an operation fails
   */
  static double[] measure(int scale, long warmUpSeconds, long seconds) throws Exception {
    byte[] json = PlanCorpus.scaledSefton(scale);
    ObjectMapper mapper = new ObjectMapper();
    PlanJson planJson = PlanJson.standard();
    PlanJson withoutPositions = PlanJson.builder().positions(false).build();
    ObjectMapper module = new ObjectMapper().registerModule(new PlanModule());
    PlanValidator validator = PlanValidator.standard();
    ProductivityPlan plan = planJson.read(json, "benchmark").value().orElseThrow();
    List<Callable<Object>> ops = List.of(
        () -> mapper.readTree(json),
        () -> tokens(mapper, json),
        () -> planJson.read(json, "benchmark"),
        () -> withoutPositions.read(json, "benchmark"),
        () -> module.readValue(json, ProductivityPlan.class),
        () -> validator.validate(plan),
        () -> validator.validate(planJson.read(json, "benchmark").value().orElseThrow()));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
    List<Object> sink = new ArrayList<>();
    while (System.nanoTime() < end) {
      for (Callable<Object> op : ops) {
        sink.add(op.call());
      }
      sink.clear();
    }
    double[] sum = new double[ops.size()];
    long rounds = 0;
    end = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < end || rounds == 0) {
      for (int i = 0; i < ops.size(); i++) {
        long start = threads.getCurrentThreadCpuTime();
        sink.add(ops.get(i).call());
        sum[i] += threads.getCurrentThreadCpuTime() - start;
      }
      sink.clear();
      rounds++;
    }
    long n = rounds;
    return Arrays.stream(sum).map(s -> s / n).toArray();
  }

  /**
   * Jackson's streaming parser over the same bytes, making every name and string value and reading
   * every number, building nothing: what any reader built on Jackson's tokens pays before it builds
   * anything, and so the part of the tree parse that is not the tree.
   */
  static long tokens(ObjectMapper mapper, byte[] json) throws IOException {
    long chars = 0;
    try (JsonParser p = mapper.getFactory().createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
          chars += p.getText().length();
        } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          chars += p.getNumberValue().hashCode();
        }
      }
    }
    return chars;
  }

  /** The line printed for one scale. */
  static String report(int scale, double[] cpu) {
    StringBuilder b = new StringBuilder("scale " + scale + ":");
    for (int i = 0; i < cpu.length; i++) {
      b.append(String.format(Locale.ROOT, "  %s %.0f µs (%.2fx)", NAMES[i], cpu[i] / 1000, cpu[i] / cpu[0]));
    }
    return b.toString();
  }
}
