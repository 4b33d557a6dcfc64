package org.productivityplan.io.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The memory budget of docs/robustness.md: reading a document that the limits accept needs at most
 * {@value #FACTOR} times its size in heap plus {@value #CONSTANT_MB} MB. Each case of {@link
 * BudgetInputs} is read from a stream in a JVM of its own whose heap is exactly that budget; it must
 * be read (or refused by a limit) without an {@code OutOfMemoryError}.
 */
class MemoryBudgetTest {

  /** The budget's factor of the document's size. */
  static final int FACTOR = 24;

  /** The budget's constant, in megabytes. */
  static final int CONSTANT_MB = 16;

  static IntStream cases() {
    return IntStream.range(0, BudgetInputs.all().size());
  }

  @ParameterizedTest(name = "case {0}, default limits")
  @MethodSource("cases")
  void eachCaseIsReadOrRefusedWithinTheBudget(int index) throws Exception {
    BudgetInputs.Case c = BudgetInputs.all().get(index);
    String out = probe(budgetMegabytes(c.size), String.valueOf(index));

    assertThat(out).as("%s within %d MB", c, budgetMegabytes(c.size)).startsWith("ok ");
    // Read, or refused by the value limit: never by running out of memory.
    assertThat(out).satisfiesAnyOf(
        o -> assertThat(o).contains(" value "),
        o -> assertThat(o).contains(" IO006 maxValues "));
  }

  @ParameterizedTest(name = "case {0}, value limit raised")
  @MethodSource("unknownValueCases")
  void unknownValuesOfEveryShapeAreReadWithinTheBudget(int index) throws Exception {
    BudgetInputs.Case c = BudgetInputs.all().get(index);
    String out = probe(budgetMegabytes(c.size), String.valueOf(index), "roomy");

    assertThat(out).as("%s within %d MB", c, budgetMegabytes(c.size)).startsWith("ok ").contains(" value ");
  }

  static IntStream unknownValueCases() {
    // 8 MB of [0,0,...], 8 MB of {}, a million members in an unknown object.
    return IntStream.of(0, 1, 2);
  }

  @Test
  void aRealisticFourteenMegabytePlanIsReadInASixtyFourMegabyteHeap() throws Exception {
    BudgetInputs.Case c = BudgetInputs.realistic();
    assertThat(c.size).isGreaterThan(14_000_000L);
    int index = BudgetInputs.all().size() - 1;
    assertThat(BudgetInputs.all().get(index).name).isEqualTo(c.name);
    String out = probe(64, String.valueOf(index));

    assertThat(out).startsWith("ok ").contains(" value ");
  }

  static int budgetMegabytes(long size) {
    return (int) (FACTOR * size / 1_000_000L) + CONSTANT_MB;
  }

  private static String probe(int heapMegabytes, String... args) throws IOException, InterruptedException {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    String modulePath = System.getProperty("jdk.module.path", "");
    String path = modulePath.isEmpty() ? classPath : classPath + File.pathSeparator + modulePath;
    List<String> command = new ArrayList<>(List.of(
        javaBin, "-Xmx" + heapMegabytes + "m", "-cp", path, BudgetProbe.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    String[] lines = output.strip().split("\n");
    return lines[lines.length - 1];
  }
}
