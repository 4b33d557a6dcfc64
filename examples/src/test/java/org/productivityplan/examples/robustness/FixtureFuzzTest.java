package org.productivityplan.examples.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.examples.robustness.ProblemChecks.assertWellFormed;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.examples.PlanArbitraries;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.testing.PropertyChecks;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.ValidationReport;

/**
 * Fuzzes the reader (and the validator behind it) with the real fixtures, damaged in every way
 * {@link Mutators} knows. Whatever the damage, reading returns a value or problems and never throws;
 * every problem is well-formed; a byte, text and character read agree; whatever is read writes back
 * and reads again to the same plan; and the validator checks it without throwing.
 *
 * <p>Each mutation runs {@link PropertyChecks#tries()} seeded cases (200 unless {@code -Dpp.tries}
 * says more, for a long campaign); the counts are printed.
 */
class FixtureFuzzTest {

  private static final PlanJson LENIENT = PlanJson.standard();
  private static final PlanJson STRICT = PlanJson.builder().strict(true).build();
  private static final PlanValidator VALIDATOR = PlanValidator.standard();
  private static final Pattern RULE_ID = Pattern.compile("[A-Z]{2,}\\d{3}");

  private static final Map<Mutators, Integer> COUNTS = new ConcurrentHashMap<>();

  /** One damaged document: a fixture or a generated plan, and what was done to it. */
  static final class Case {
    final String name;
    final boolean councilPlan;
    final byte[] original;
    final Mutators mutation;
    final byte[] bytes;

    Case(String name, boolean councilPlan, byte[] original, Mutators mutation, byte[] bytes) {
      this.name = name;
      this.councilPlan = councilPlan;
      this.original = original;
      this.mutation = mutation;
      this.bytes = bytes;
    }

    String source() {
      return name + " (" + mutation + ")";
    }

    @Override
    public String toString() {
      return source() + ", " + bytes.length + " bytes";
    }
  }

  /**
   * Returns the cases per mutation: {@code -Dpp.tries} when set (a long campaign), else 50, so that
   * the 13 mutations run 650 cases in a few seconds of CI.
   */
  static int tries() {
    return Integer.getInteger("pp.tries", 50);
  }

  /** How a case came out: unchanged bytes, refused, or read with or without errors. */
  private static String outcome(Case c, ReadResult<?> r) {
    if (Arrays.equals(c.bytes, c.original)) {
      return "unchanged";
    }
    return r.value().isEmpty() ? "refused" : r.hasErrors() ? "read with errors" : "read cleanly";
  }

  static Case mutate(Mutators m, Random r) {
    String fixture = Fixtures.ALL.get(r.nextInt(Fixtures.ALL.size()));
    byte[] original = Fixtures.bytes(fixture);
    return new Case(fixture + ".json", Fixtures.isCouncilPlan(fixture), original, m, m.apply(original, r));
  }

  /** A plan or council plan from {@link PlanArbitraries}, written, then damaged. */
  static Case mutateGenerated(Random r) {
    Mutators m = Mutators.values()[r.nextInt(Mutators.values().length)];
    boolean councilPlan = r.nextInt(4) == 0;
    String json = councilPlan ? LENIENT.write(PlanArbitraries.councilPlan(r)) : LENIENT.write(PlanArbitraries.plan(r));
    byte[] original = json.getBytes(StandardCharsets.UTF_8);
    return new Case(councilPlan ? "generated council plan" : "generated plan", councilPlan, original, m,
        m.apply(original, r));
  }

  @Test
  void theFixturesThemselvesReadWithoutErrors() {
    for (String name : Fixtures.ALL) {
      ReadResult<?> r = Fixtures.isCouncilPlan(name)
          ? LENIENT.readCouncilPlan(new ByteArrayInputStream(Fixtures.bytes(name)), name)
          : LENIENT.read(new ByteArrayInputStream(Fixtures.bytes(name)), name);
      assertThat(r.hasErrors()).as("%s: %s", name, r.problems()).isFalse();
      assertThat(r.value()).isPresent();
    }
  }

  @ParameterizedTest
  @EnumSource(Mutators.class)
  void aDamagedFixtureGivesAValueOrProblemsAndNothingElse(Mutators mutation) {
    Map<String, Integer> outcomes = new ConcurrentHashMap<>();
    int cases = PropertyChecks.forAll(tries(), r -> mutate(mutation, r), c -> {
      ReadResult<?> result = check(c);
      outcomes.merge(outcome(c, result), 1, Integer::sum);
    });
    COUNTS.merge(mutation, cases, Integer::sum);
    System.out.println("fuzz " + mutation + ": " + cases + " cases " + new java.util.TreeMap<>(outcomes));
    assertThat(cases).isEqualTo(tries());
    // The mutation did damage: most cases are no longer a clean copy of their fixture.
    assertThat(outcomes.getOrDefault("unchanged", 0)).as("cases left unchanged").isLessThan(cases / 4);
  }

  @Test
  void aDamagedGeneratedPlanGivesAValueOrProblemsAndNothingElse() {
    Map<String, Integer> outcomes = new ConcurrentHashMap<>();
    int cases = PropertyChecks.forAll(tries() * 4, FixtureFuzzTest::mutateGenerated, c -> {
      ReadResult<?> result = check(c);
      outcomes.merge(outcome(c, result), 1, Integer::sum);
    });
    System.out.println("fuzz generated plans: " + cases + " cases " + new java.util.TreeMap<>(outcomes));
    assertThat(outcomes.getOrDefault("unchanged", 0)).as("cases left unchanged").isLessThan(cases / 4);
  }

  @AfterAll
  static void report() {
    int total = COUNTS.values().stream().mapToInt(Integer::intValue).sum();
    System.out.println("fuzz total: " + total + " cases over " + COUNTS.size() + " mutations "
        + new EnumMap<>(COUNTS));
  }

  /** Checks one case; returns its lenient result from bytes. */
  static ReadResult<?> check(Case c) {
    ReadResult<?> fromBytes = safely(c, "bytes", () -> read(LENIENT, c, c.bytes));
    assertWellFormed(fromBytes);
    ReadResult<?> strict = safely(c, "strict", () -> read(STRICT, c, c.bytes));
    assertWellFormed(strict);
    assertThat(strict.problems().size()).as("strict finds what lenient finds")
        .isGreaterThanOrEqualTo(fromBytes.problems().stream().filter(p -> p.severity() == Severity.ERROR).count() > 0 ? 1 : 0);

    Optional<String> text = utf8(c.bytes);
    if (text.isPresent()) {
      ReadResult<?> fromText = safely(c, "text", () -> readText(c, text.get(), false));
      ReadResult<?> fromChars = safely(c, "reader", () -> readText(c, text.get(), true));
      assertThat(fromText.value()).as("text and bytes agree on the value").isEqualTo(fromBytes.value());
      assertThat(fromText.problems()).as("text and bytes agree on the problems").isEqualTo(fromBytes.problems());
      assertThat(fromChars.value()).as("reader and bytes agree on the value").isEqualTo(fromBytes.value());
      assertThat(fromChars.problems()).as("reader and bytes agree on the problems").isEqualTo(fromBytes.problems());
    } else {
      assertThat(fromBytes.problems()).as("bytes that are not UTF-8")
          .anySatisfy(p -> assertThat(p.ruleId()).isIn("IO005"));
    }

    byte[] original = c.original;
    if (c.bytes.length == original.length + 3 && (c.bytes[0] & 0xFF) == 0xEF
        && Arrays.equals(c.bytes, 3, c.bytes.length, original, 0, original.length)) {
      ReadResult<?> plain = read(LENIENT, c, original);
      assertThat(fromBytes.value()).as("a leading byte-order mark changes nothing").isEqualTo(plain.value());
      assertThat(fromBytes.problems()).isEqualTo(plain.problems());
    }

    fromBytes.value().ifPresent(value -> writesBackAndReadsAgain(c, value, fromBytes.problems()));
    return fromBytes;
  }

  private static void writesBackAndReadsAgain(Case c, Object value, java.util.List<Finding> problems) {
    if (value instanceof ProductivityPlan) {
      ProductivityPlan plan = (ProductivityPlan) value;
      String written = safely(c, "write", () -> LENIENT.write(plan));
      ReadResult<ProductivityPlan> again = LENIENT.read(written);
      assertThat(again.hasErrors()).as("what was written reads without errors: %s", again.problems()).isFalse();
      assertThat(again.value()).contains(plan);
      assertThat(LENIENT.write(again.value().orElseThrow())).isEqualTo(written);

      ValidationReport report = safely(c, "validate", () -> VALIDATOR.validate(plan, problems));
      for (Finding f : report.findings()) {
        // Rule messages quote the plan's text as it is: see ValidatorMessagesTest.
        assertWellFormed(f, RULE_ID, false);
      }
      assertThat(report.findings()).as("the read problems are in the report").containsAll(problems);
    } else {
      CouncilPlan plan = (CouncilPlan) value;
      String written = safely(c, "write", () -> LENIENT.write(plan));
      ReadResult<CouncilPlan> again = LENIENT.readCouncilPlan(written);
      assertThat(again.hasErrors()).as("what was written reads without errors: %s", again.problems()).isFalse();
      assertThat(again.value()).contains(plan);
      assertThat(LENIENT.write(again.value().orElseThrow())).isEqualTo(written);
    }
  }

  static ReadResult<?> read(PlanJson json, Case c, byte[] bytes) {
    return c.councilPlan
        ? json.readCouncilPlan(new ByteArrayInputStream(bytes), c.source())
        : json.read(new ByteArrayInputStream(bytes), c.source());
  }

  private static ReadResult<?> readText(Case c, String text, boolean asReader) {
    if (c.councilPlan) {
      return asReader ? LENIENT.readCouncilPlan(new StringReader(text), c.source()) : LENIENT.readCouncilPlan(text);
    }
    return asReader ? LENIENT.read(new StringReader(text), c.source()) : LENIENT.read(text);
  }

  /** Runs a step, turning anything it throws into a failure that names the step. */
  static <T> T safely(Case c, String step, Supplier<T> work) {
    try {
      return work.get();
    } catch (Throwable t) {
      throw new AssertionError(step + " threw " + t + " on " + c, t);
    }
  }

  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
