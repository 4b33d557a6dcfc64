package org.productivityplan.io.robustness;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadLimits;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;

/**
 * Reads one case of {@link BudgetInputs} from a stream in a JVM of its own, which {@link
 * MemoryBudgetTest} starts with the heap the budget allows for the case's size. Prints {@code ok
 * <case> <value|none> <problems> <first rule id>} or {@code FAIL <case> <why>}; exits with 1 on
 * failure, an {@code OutOfMemoryError} included.
 */
public final class BudgetProbe {

  private BudgetProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the case's index in {@link BudgetInputs#all()}, and {@code roomy} to raise the value
   *     limit so that every case is read rather than refused
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BudgetInputs.Case c = BudgetInputs.all().get(Integer.parseInt(args[0]));
    ReadLimits limits = args.length > 1 && args[1].equals("roomy")
        ? ReadLimits.builder().maxValues(10_000_000).build() : ReadLimits.defaults();
    String name = c.name.replace(' ', '_');
    try {
      ReadResult<ProductivityPlan> r = PlanJson.builder().limits(limits).build().read(c.input.get(), c.name);
      String first = r.problems().isEmpty() ? "-" : r.problems().get(0).ruleId();
      String limit = r.problems().isEmpty() || r.problems().get(0).arguments().isEmpty()
          ? "-" : r.problems().get(0).arguments().get(0);
      out.println("ok " + name + " " + (r.value().isPresent() ? "value" : "none") + " "
          + r.problems().size() + " " + first + " " + limit + " "
          + r.problems().stream().map(Finding::ruleId).distinct().sorted().toList());
      System.exit(0);
    } catch (Throwable t) {
      out.println("FAIL " + name + " threw " + t);
      System.exit(1);
    }
  }
}
