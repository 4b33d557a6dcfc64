package org.productivityplan.io.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.io.robustness.ProblemChecks.assertRefusedBy;
import static org.productivityplan.io.robustness.ProblemChecks.assertWellFormed;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadLimits;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.testing.PropertyChecks;

/**
 * Each limit is exact: a document at the limit is read, one unit beyond it is refused, from a
 * string, a reader and a stream alike, for limits drawn at random.
 */
class LimitBoundariesTest {

  private static final String HEAD = "{\"schemaVersion\": \"1.0\", \"council\": {\"name\": \"C\"}, \"title\": \"T\", ";

  /** One limit set to a random value, and a document exactly that far. */
  private static final class Boundary {
    final String limit;
    final int value;
    final ReadLimits limits;
    final String atLimit;
    final String beyond;
    final int input;

    Boundary(String limit, int value, ReadLimits limits, String atLimit, String beyond, int input) {
      this.limit = limit;
      this.value = value;
      this.limits = limits;
      this.atLimit = atLimit;
      this.beyond = beyond;
      this.input = input;
    }

    @Override
    public String toString() {
      return limit + "=" + value + " read from " + INPUTS[input];
    }
  }

  private static final String[] INPUTS = {"string", "reader", "stream"};

  private static ReadResult<ProductivityPlan> read(PlanJson json, String doc, int input) {
    switch (input) {
      case 0:
        return json.read(doc);
      case 1:
        return json.read(new StringReader(doc), "reader");
      default:
        return json.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "stream");
    }
  }

  private static Boundary boundary(Random r) {
    int input = r.nextInt(INPUTS.length);
    ReadLimits.Builder b = ReadLimits.builder();
    switch (r.nextInt(5)) {
      case 0: {
        int depth = 2 + r.nextInt(200);
        BiFunction<Integer, Boolean, String> doc = (n, objects) -> {
          StringBuilder s = new StringBuilder(HEAD).append("\"deep\": ");
          for (int i = 1; i < n; i++) {
            s.append(objects && i % 2 == 0 ? "{\"k\": " : "[");
          }
          s.append("0");
          for (int i = n - 1; i >= 1; i--) {
            s.append(objects && i % 2 == 0 ? "}" : "]");
          }
          return s.append("}").toString();
        };
        boolean objects = r.nextBoolean();
        return new Boundary("maxNestingDepth", depth, b.maxNestingDepth(depth).build(),
            doc.apply(depth, objects), doc.apply(depth + 1, objects), input);
      }
      case 1: {
        // At least as long as the fixed strings of the head.
        int length = 16 + r.nextInt(5000);
        return new Boundary("maxStringLength", length, b.maxStringLength(length).build(),
            HEAD + "\"introduction\": \"" + "s".repeat(length) + "\"}",
            HEAD + "\"introduction\": \"" + "s".repeat(length + 1) + "\"}", input);
      }
      case 2: {
        int length = 4 + r.nextInt(1000);
        return new Boundary("maxNumberLength", length, b.maxNumberLength(length).build(),
            HEAD + "\"extra\": " + "7".repeat(length) + "}",
            HEAD + "\"extra\": " + "7".repeat(length + 1) + "}", input);
      }
      case 3: {
        int length = 1 + r.nextInt(3000);
        return new Boundary("maxArrayLength", length, b.maxArrayLength(length).build(),
            HEAD + "\"extra\": [" + "0, ".repeat(length - 1) + "0]}",
            HEAD + "\"extra\": [" + "0, ".repeat(length) + "0]}", input);
      }
      default: {
        String doc = HEAD + "\"extra\": 0}";
        int size = doc.length() + r.nextInt(100_000);
        String padded = doc.substring(0, doc.length() - 1) + " ".repeat(size - doc.length()) + "}";
        return new Boundary("maxDocumentSize", size, b.maxDocumentSize(size).build(),
            padded, padded + " ", input);
      }
    }
  }

  @Test
  void everyLimitIsExact() {
    int cases = PropertyChecks.forAll(LimitBoundariesTest::boundary, c -> {
      PlanJson json = PlanJson.builder().limits(c.limits).build();

      ReadResult<ProductivityPlan> at = read(json, c.atLimit, c.input);
      assertWellFormed(at);
      assertThat(at.problems()).as("problems at the limit").noneMatch(p -> p.ruleId().equals("IO006"));
      assertThat(at.value()).as("a document at the limit is read").isPresent();

      ReadResult<ProductivityPlan> beyond = read(json, c.beyond, c.input);
      assertRefusedBy(beyond, c.limit);
      assertThat(beyond.problems().get(0).arguments()).containsExactly(c.limit, String.valueOf(c.value));
    });
    System.out.println("limit boundaries: " + cases + " cases");
    assertThat(cases).isEqualTo(PropertyChecks.tries());
  }
}
