package org.productivityplan.io.robustness;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;

/**
 * Reads every hostile document of {@link HostileInputs} in a JVM of its own, which {@link
 * LimitsTest} starts with a small heap. Prints one line per read:
 * {@code ok <case> <input> <milliseconds> <rule id> <limit>}, or {@code FAIL <case> <input> <why>},
 * and exits with status 1 if any read failed.
 */
public final class SmallHeapProbe {

  private SmallHeapProbe() {}

  /**
   * Runs the probe.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PlanJson json = PlanJson.standard();
    if (args.length > 0 && args[0].equals("within-limits")) {
      System.exit(withinLimits(json, out, Integer.parseInt(args[1])) ? 0 : 1);
    }
    out.println("heap " + Runtime.getRuntime().maxMemory());
    boolean failed = false;
    for (HostileInputs.Case c : HostileInputs.all()) {
      for (String input : new String[] {"stream", "reader"}) {
        String name = c.name.replace(' ', '_');
        long start = System.nanoTime();
        try {
          ReadResult<ProductivityPlan> r = input.equals("stream")
              ? json.read(c.input.stream(), c.name)
              : json.read(c.input.reader(), c.name);
          long ms = (System.nanoTime() - start) / 1_000_000;
          if (r.value().isPresent() || r.problems().size() != 1
              || r.problems().get(0).arguments().isEmpty()
              || !c.limits.contains(r.problems().get(0).arguments().get(0))) {
            out.println("FAIL " + name + " " + input + " not refused: " + r.problems());
            failed = true;
            continue;
          }
          Finding f = r.problems().get(0);
          String limit = f.arguments().isEmpty() ? "-" : f.arguments().get(0);
          out.println("ok " + name + " " + input + " " + ms + " " + f.ruleId() + " " + limit);
        } catch (Throwable t) {
          out.println("FAIL " + name + " " + input + " threw " + t);
          t.printStackTrace(out);
          failed = true;
        }
      }
    }
    System.exit(failed ? 1 : 0);
  }

  /** Reads a plan padded to the given number of megabytes from a stream and a reader. */
  private static boolean withinLimits(PlanJson json, PrintStream out, int megabytes) {
    GeneratedInput doc = GeneratedInput.of(
        "{\"schemaVersion\": \"1.0\", \"council\": {\"name\": \"C\"}, \"title\": \"T\"", " ",
        megabytes * HostileInputs.MB, "}");
    boolean ok = true;
    for (String input : new String[] {"stream", "reader"}) {
      try {
        ReadResult<ProductivityPlan> r = input.equals("stream")
            ? json.read(doc.stream(), "padded") : json.read(doc.reader(), "padded");
        out.println((r.value().isPresent() ? "ok " : "FAIL ") + input + " " + r.problems());
        ok &= r.value().isPresent();
      } catch (Throwable t) {
        out.println("FAIL " + input + " threw " + t);
        ok = false;
      }
    }
    return ok;
  }
}
