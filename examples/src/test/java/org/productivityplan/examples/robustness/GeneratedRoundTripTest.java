package org.productivityplan.examples.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.examples.robustness.ProblemChecks.assertWellFormed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.productivityplan.examples.PlanArbitraries;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.testing.PropertyChecks;

/**
 * The round-trip law over generated plans, through every kind of input the reader takes: for every
 * plan {@code p}, reading {@code write(p)} from a string, a reader, a stream (with and without a
 * byte-order mark) or a file gives {@code p} back with no error, and writing it again gives the same
 * text, to a string and to a stream alike.
 */
class GeneratedRoundTripTest {

  private static final PlanJson JSON = PlanJson.standard();

  @TempDir Path dir;

  @Test
  void everyGeneratedPlanComesBackFromEveryKindOfInput() {
    Path file = dir.resolve("plan.json");
    int cases = PropertyChecks.forAll(PlanArbitraries::plan, plan -> {
      String written = JSON.write(plan);
      byte[] utf8 = written.getBytes(StandardCharsets.UTF_8);
      byte[] withBom = new byte[utf8.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(utf8, 0, withBom, 3, utf8.length);
      write(file, utf8);

      for (ReadResult<ProductivityPlan> read : List.of(
          JSON.read(written),
          JSON.read(new StringReader(written), "reader"),
          JSON.read(new StringReader("\uFEFF" + written), "reader with a mark"),
          JSON.read(new ByteArrayInputStream(utf8), "stream"),
          JSON.read(new ByteArrayInputStream(withBom), "stream with a mark"),
          JSON.read(file))) {
        assertWellFormed(read);
        assertThat(read.problems()).as(read.source()).noneMatch(p -> p.severity() == Severity.ERROR);
        assertThat(read.value()).as(read.source()).contains(plan);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        JSON.write(plan, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(out.toByteArray()).isEqualTo(utf8);
    });
    System.out.println("generated round trips: " + cases + " plans, six inputs each");
  }

  @Test
  void everyGeneratedCouncilPlanComesBackFromEveryKindOfInput() {
    int cases = PropertyChecks.forAll(PlanArbitraries::councilPlan, plan -> {
      String written = JSON.write(plan);
      for (ReadResult<CouncilPlan> read : List.of(
          JSON.readCouncilPlan(written),
          JSON.readCouncilPlan(new StringReader(written), "reader"),
          JSON.readCouncilPlan(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), "stream"))) {
        assertWellFormed(read);
        assertThat(read.hasErrors()).as("%s: %s", read.source(), read.problems()).isFalse();
        assertThat(read.value()).as(read.source()).contains(plan);
        assertThat(JSON.write(read.value().orElseThrow())).isEqualTo(written);
      }
    });
    System.out.println("generated council-plan round trips: " + cases + " plans");
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
