package org.productivityplan.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.ValidationReport;

/**
 * Validates a JSON Lines file of plans in-process, one line at a time, and prints the throughput
 * and the peak heap: the SDK's side of the bulk measurement, without the CLI's report writing.
 *
 * <p>Only one plan is held at a time; run it with {@code -Xmx256m} to show the memory stays
 * constant whatever the file's length. Usage: {@code java -Xmx256m -cp benchmarks.jar
 * org.productivityplan.benchmarks.BulkValidate FILE}.
 */
public final class BulkValidate {

  private BulkValidate() {}

  /**
   * Validates the file and prints a summary.
   *
   * @param args the JSON Lines file
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("Usage: BulkValidate FILE");
      System.exit(2);
      return;
    }
    Path file = Path.of(args[0]);
    PlanJson json = PlanJson.standard();
    PlanValidator validator = PlanValidator.standard();
    long plans = 0;
    long valid = 0;
    long errors = 0;
    long start = System.nanoTime();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        plans++;
        ReadResult<ProductivityPlan> read = json.read(line);
        ValidationReport report =
            read.value()
                .map(p -> validator.validate(p, read.problems()))
                .orElseGet(() -> ValidationReport.ofProblems(read.problems()));
        if (report.isValid()) {
          valid++;
        }
        errors += report.count(Severity.ERROR);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%d plans (%d valid, %d errors) in %.1f s: %.0f plans/s; peak heap %.1f MiB of max %.0f"
            + " MiB%n",
        plans,
        valid,
        errors,
        seconds,
        plans / seconds,
        peakHeapBytes() / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0);
  }

  /** The sum of the heap pools' peak usage since the JVM started. */
  static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
