package org.productivityplan.examples.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.productivityplan.examples.PlanArbitraries;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.Reports;
import org.productivityplan.validation.ValidationReport;

/**
 * One {@link PlanJson} and one {@link PlanValidator}, shared by eight threads that start together
 * and read, validate and write many plans (the fixtures, seeded mutations of them and generated
 * plans), give exactly
 * what one thread gives: the same values, problems, findings, JSON reports and written text.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int MUTATIONS = 96;
  private static final int GENERATED = 50;
  private static final int ROUNDS = 4;

  /** One input document. */
  private static final class Input {
    final String name;
    final String fixture;
    final byte[] bytes;

    Input(String name, String fixture, byte[] bytes) {
      this.name = name;
      this.fixture = fixture;
      this.bytes = bytes;
    }
  }

  /** Everything one read, validation and write of an input gives. */
  private static final class Outcome {
    final Optional<?> value;
    final List<Finding> problems;
    final List<Finding> findings;
    final String report;
    final String written;

    Outcome(Optional<?> value, List<Finding> problems, List<Finding> findings, String report, String written) {
      this.value = value;
      this.problems = problems;
      this.findings = findings;
      this.report = report;
      this.written = written;
    }
  }

  private static List<Input> inputs() {
    List<Input> inputs = new ArrayList<>();
    for (String f : Fixtures.ALL) {
      inputs.add(new Input(f, f, Fixtures.bytes(f)));
    }
    Mutators[] kinds = Mutators.values();
    for (int i = 0; i < MUTATIONS; i++) {
      Random r = new Random(1_000 + i);
      String f = Fixtures.ALL.get(i % Fixtures.ALL.size());
      Mutators m = kinds[i % kinds.length];
      inputs.add(new Input(f + "#" + m + "#" + i, f, m.apply(Fixtures.bytes(f), r)));
    }
    for (int i = 0; i < GENERATED; i++) {
      ProductivityPlan plan = PlanArbitraries.plan(new Random(2_000 + i));
      inputs.add(new Input("generated#" + i, "generated", PlanJson.standard().write(plan).getBytes(StandardCharsets.UTF_8)));
    }
    return inputs;
  }

  private static Outcome outcome(PlanJson json, PlanValidator validator, Input in) {
    if (Fixtures.isCouncilPlan(in.fixture)) {
      ReadResult<CouncilPlan> r = json.readCouncilPlan(new ByteArrayInputStream(in.bytes), in.name);
      return new Outcome(r.value(), r.problems(), List.of(), "", r.value().map(json::write).orElse(""));
    }
    ReadResult<ProductivityPlan> r = json.read(new ByteArrayInputStream(in.bytes), in.name);
    ValidationReport report = r.value()
        .map(p -> validator.validate(p, r.problems()))
        .orElseGet(() -> ValidationReport.ofProblems(r.problems()))
        .withSource(in.name);
    return new Outcome(r.value(), r.problems(), report.findings(), Reports.toJson(List.of(report)),
        r.value().map(json::write).orElse(""));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void sharedReaderAndValidatorGiveFromManyThreadsWhatOneThreadGives() throws Exception {
    PlanJson json = PlanJson.standard();
    PlanValidator validator = PlanValidator.standard();
    List<Input> inputs = inputs();
    List<Outcome> expected = new ArrayList<>();
    for (Input in : inputs) {
      expected.add(outcome(json, validator, in));
    }
    assertThat(expected).as("some inputs give a plan").anyMatch(o -> o.value.isPresent());
    assertThat(expected).as("some inputs are refused").anyMatch(o -> o.value.isEmpty());

    List<Integer> tasks = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (int i = 0; i < inputs.size(); i++) {
        tasks.add(i);
      }
    }
    Collections.shuffle(tasks, new Random(7));
    Set<String> threads = ConcurrentHashMap.newKeySet();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (int i : tasks) {
        futures.add(pool.submit(() -> {
          start.await();
          threads.add(Thread.currentThread().getName());
          return outcome(json, validator, inputs.get(i));
        }));
      }
      start.countDown();
      for (int t = 0; t < tasks.size(); t++) {
        Outcome got = futures.get(t).get(60, TimeUnit.SECONDS);
        Outcome want = expected.get(tasks.get(t));
        String name = inputs.get(tasks.get(t)).name;
        assertThat(got.value).as("value of %s", name).isEqualTo(want.value);
        assertThat(got.problems).as("problems of %s", name).isEqualTo(want.problems);
        assertThat(got.findings).as("findings of %s", name).isEqualTo(want.findings);
        assertThat(got.report).as("JSON report of %s", name).isEqualTo(want.report);
        assertThat(got.written).as("written text of %s", name).isEqualTo(want.written);
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
    System.out.println("concurrency: " + tasks.size() + " reads and validations of " + inputs.size()
        + " documents on " + threads.size() + " threads");
    assertThat(threads).as("the work was shared among threads").hasSizeGreaterThan(1);
  }
}
