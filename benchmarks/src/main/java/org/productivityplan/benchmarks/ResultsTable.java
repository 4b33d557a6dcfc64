package org.productivityplan.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns JMH's JSON results ({@code -rf json}) for {@link PlanBenchmarks} into the Markdown tables
 * of {@code docs/performance.md}: time and allocation per operation, and the ratios to the floor
 * and to networknt.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.productivityplan.benchmarks.ResultsTable
 * results.json}.
 */
public final class ResultsTable {

  /** The benchmarks in the order the document lists them, with their labels. */
  static final Map<String, String> LABELS = labels();

  private ResultsTable() {}

  private static Map<String, String> labels() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("jacksonTree", "1. Jackson tree parse (floor)");
    m.put("networkntSchema", "2. networknt schema check");
    m.put("sdkRead", "3. SDK read (the bytes in memory)");
    m.put("sdkReadFromParser", "3a. SDK read from a caller's parser");
    m.put("sdkReadStream", "3b. SDK read from an InputStream");
    m.put("sdkReadWithoutPositions", "3c. SDK read keeping no positions");
    m.put("jacksonModule", "3d. Jackson module: readValue(bytes, ProductivityPlan.class)");
    m.put("sdkValidate", "4. SDK validate (plan already read)");
    m.put("sdkReadAndValidate", "5. SDK read + validate");
    return m;
  }

  /** One measurement: mean time, its error, and allocation per operation. */
  record Score(double micros, double error, double bytesPerOp) {}

  /**
   * Prints the tables.
   *
   * @param args the JMH results file
   * @throws IOException when it cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("Usage: ResultsTable results.json");
      System.exit(2);
      return;
    }
    System.out.print(markdown(new ObjectMapper().readTree(Path.of(args[0]).toFile())));
  }

  /**
   * Renders JMH results as Markdown.
   *
   * @param results JMH's JSON results
   * @return the tables
   */
  static String markdown(JsonNode results) {
    Map<Integer, Map<String, Score>> byScale = new TreeMap<>();
    for (JsonNode r : results) {
      if (!r.path("params").has("scale")) {
        continue; // not a PlanBenchmarks size, such as ReportBenchmarks' plans by name
      }
      String benchmark = r.get("benchmark").asText();
      String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      int scale = r.path("params").path("scale").asInt();
      JsonNode primary = r.get("primaryMetric");
      double factor = toMicros(primary.get("scoreUnit").asText());
      JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
      byScale
          .computeIfAbsent(scale, k -> new LinkedHashMap<>())
          .put(
              name,
              new Score(
                  primary.get("score").asDouble() * factor,
                  primary.path("scoreError").asDouble(Double.NaN) * factor,
                  alloc.isMissingNode() ? Double.NaN : alloc.get("score").asDouble()));
    }
    StringBuilder out = new StringBuilder();
    out.append("| Size | Document | Benchmark | Time per op | ± (99.9%) | Allocated per op |\n");
    out.append("|---|---:|---|---:|---:|---:|\n");
    for (Map.Entry<Integer, Map<String, Score>> e : byScale.entrySet()) {
      String size = sizeLabel(e.getKey());
      String bytes = kib(PlanCorpus.scaledSefton(e.getKey()).length);
      for (Map.Entry<String, String> label : LABELS.entrySet()) {
        Score s = e.getValue().get(label.getKey());
        if (s == null) {
          continue;
        }
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s | %s |%n",
                size,
                bytes,
                label.getValue(),
                time(s.micros()),
                time(s.error()),
                Double.isNaN(s.bytesPerOp()) ? "n/a" : kib(s.bytesPerOp())));
      }
    }
    out.append("\n");
    out.append(
        "| Size | read+validate / floor | read+validate / networknt | read / floor"
            + " | read from a parser / floor | read from a stream / floor"
            + " | read keeping no positions / floor | module / floor | validate / floor"
            + " | networknt / floor |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<Integer, Map<String, Score>> e : byScale.entrySet()) {
      Map<String, Score> s = e.getValue();
      List<String> cells = new ArrayList<>();
      cells.add(ratio(s, "sdkReadAndValidate", "jacksonTree"));
      cells.add(ratio(s, "sdkReadAndValidate", "networkntSchema"));
      cells.add(ratio(s, "sdkRead", "jacksonTree"));
      cells.add(ratio(s, "sdkReadFromParser", "jacksonTree"));
      cells.add(ratio(s, "sdkReadStream", "jacksonTree"));
      cells.add(ratio(s, "sdkReadWithoutPositions", "jacksonTree"));
      cells.add(ratio(s, "jacksonModule", "jacksonTree"));
      cells.add(ratio(s, "sdkValidate", "jacksonTree"));
      cells.add(ratio(s, "networkntSchema", "jacksonTree"));
      out.append("| ").append(sizeLabel(e.getKey())).append(" | ");
      out.append(String.join(" | ", cells)).append(" |\n");
    }
    return out.toString();
  }

  private static String ratio(Map<String, Score> scores, String top, String bottom) {
    Score a = scores.get(top);
    Score b = scores.get(bottom);
    if (a == null || b == null) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%.2f", a.micros() / b.micros());
  }

  static String sizeLabel(int scale) {
    return scale == 1 ? "Sefton (1x)" : scale + "x";
  }

  private static double toMicros(String unit) {
    return switch (unit) {
      case "ns/op" -> 1e-3;
      case "us/op" -> 1;
      case "ms/op" -> 1e3;
      case "s/op" -> 1e6;
      default -> throw new IllegalArgumentException("Unexpected JMH unit " + unit);
    };
  }

  private static String time(double micros) {
    if (Double.isNaN(micros)) {
      return "n/a";
    }
    if (micros >= 1000) {
      return String.format(Locale.ROOT, "%,.2f ms", micros / 1000);
    }
    return String.format(Locale.ROOT, "%,.1f µs", micros);
  }

  private static String kib(double bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%,.1f MiB", bytes / (1024 * 1024));
    }
    return String.format(Locale.ROOT, "%,.1f KiB", bytes / 1024);
  }
}
