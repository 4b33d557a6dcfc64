package org.productivityplan.io.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadLimits;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;

/**
 * The hostile inputs of a trial run as a hostile user would: sources that throw or never end, a
 * huge major version, a lone surrogate in a property name, an over-long amount, and more problems
 * than anyone should keep. Reading never throws, never hangs, and says what and where.
 */
class HostileReadTest {

  private static final PlanJson JSON = PlanJson.standard();
  private static final String HEAD =
      "{\"schemaVersion\": \"1.0\", \"council\": {\"name\": \"C\"}, \"title\": \"T\", ";

  @Test
  void aStreamThatThrowsARuntimeExceptionIsAProblemNotAnException() {
    InputStream in = new InputStream() {
      @Override
      public int read() {
        throw new IllegalStateException("the connection was reset");
      }
    };

    ReadResult<ProductivityPlan> r = JSON.read(in, "socket");

    assertThat(r.value()).isEmpty();
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo("IO007");
      assertThat(p.message()).contains("the connection was reset");
    });
  }

  @Test
  void aReaderThatThrowsUncheckedIoExceptionIsAProblemNotAnException() {
    Reader in = new Reader() {
      @Override
      public int read(char[] c, int off, int len) {
        throw new UncheckedIOException(new IOException("the disk went away"));
      }

      @Override
      public void close() {}
    };

    ReadResult<ProductivityPlan> r = JSON.read(in, "disk");

    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo("IO007");
      assertThat(p.message()).contains("the disk went away");
    });
  }

  @Test
  void aStreamThatReturnsNoBytesForeverEndsInAProblem() {
    InputStream in = new InputStream() {
      @Override
      public int read() {
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return 0;
      }
    };

    ReadResult<ProductivityPlan> r =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> JSON.read(in, "stuck"));

    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo("IO007");
      assertThat(p.message()).contains("no bytes");
    });
  }

  @Test
  void aReaderThatReturnsNoCharactersForeverEndsInAProblem() {
    Reader in = new Reader() {
      @Override
      public int read(char[] c, int off, int len) {
        return 0;
      }

      @Override
      public void close() {}
    };

    ReadResult<ProductivityPlan> r =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> JSON.read(in, "stuck"));

    assertThat(r.problems()).singleElement().extracting(Finding::ruleId).isEqualTo("IO007");
  }

  @Test
  void aMajorVersionOfAnySizeIsAHigherMajorAndRefused() {
    for (String version : new String[] {"9999999.0", "2.0", "12345678901234567890.3"}) {
      ReadResult<ProductivityPlan> r = JSON.read("{\"schemaVersion\": \"" + version + "\", \"title\": \"T\"}");

      assertThat(r.value()).as(version).isEmpty();
      assertThat(r.problems()).as(version).singleElement().satisfies(p -> {
        assertThat(p.ruleId()).isEqualTo("IO009");
        assertThat(p.pointer()).isEqualTo("/schemaVersion");
        assertThat(p.arguments()).first().isEqualTo(version);
      });
    }
  }

  @Test
  void aLoneSurrogateInAPropertyNameHasAPointerOfItsOwn() {
    ReadResult<ProductivityPlan> r = JSON.read(HEAD + "\"\\ud800\": 1, \"?\": 2}");

    assertThat(r.problems()).extracting(Finding::ruleId).containsExactly("IO026", "IO026");
    assertThat(r.problems()).extracting(Finding::pointer).containsExactly("/\\ud800", "/?");
    // The pointer survives being written out in UTF-8.
    String written = new String(r.problems().get(0).pointer().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(written).isNotEqualTo("/?");
    assertThat(r.value().orElseThrow().unknownProperties()).containsKeys("\ud800", "?");
  }

  @Test
  void aHundredAndOneDigitAmountIsReportedAtTheAmount() {
    ReadResult<ProductivityPlan> r = JSON.read(
        HEAD + "\"context\": {\"reserves\": {\"amount\": " + "9".repeat(101) + ", \"currency\": \"GBP\"}}}");

    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo("IO006");
      assertThat(p.pointer()).isEqualTo("/context/reserves/amount");
      assertThat(p.arguments()).first().isEqualTo("maxNumberLength");
    });
  }

  @Test
  void problemsBeyondTheLimitAreCountedNotKept() {
    int unknown = 100_000;
    SequenceInput doc = SequenceInput.of(HEAD, i -> "\"k" + i + "\": 0, ", unknown, "\"end\": 0}");

    ReadResult<ProductivityPlan> r = JSON.read(doc.stream(), "many");

    assertThat(r.value().orElseThrow().unknownProperties()).hasSize(unknown + 1);
    assertThat(r.problems()).hasSize(ReadLimits.DEFAULT_MAX_PROBLEMS + 1);
    Finding last = r.problems().get(r.problems().size() - 1);
    assertThat(last.ruleId()).isEqualTo("IO013");
    assertThat(last.arguments()).containsExactly(String.valueOf(unknown + 1 - ReadLimits.DEFAULT_MAX_PROBLEMS),
        String.valueOf(ReadLimits.DEFAULT_MAX_PROBLEMS));
    assertThat(r.hasErrors()).isFalse();
  }

  @Test
  void anErrorAmongTheProblemsNotKeptStillMakesTheResultHaveErrors() {
    PlanJson strict = PlanJson.builder().strict(true)
        .limits(ReadLimits.builder().maxProblems(3).build()).build();

    ReadResult<ProductivityPlan> r = strict.read(HEAD + "\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4}");

    assertThat(r.problems()).hasSize(4);
    assertThat(r.problems().get(3).ruleId()).isEqualTo("IO013");
    assertThat(r.problems().get(3).severity()).isEqualTo(org.productivityplan.model.Severity.ERROR);
  }

  @Test
  void aCouncilPlanWithSchemaVersionTwiceIsRefused() {
    ReadResult<org.productivityplan.model.CouncilPlan> r = JSON.readCouncilPlan(
        "{\"schemaVersion\": \"1.0\", \"title\": \"T\", \"schemaVersion\": \"1.0\"}");

    assertThat(r.value()).isEmpty();
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo("IO003");
      assertThat(p.pointer()).isEqualTo("/schemaVersion");
      assertThat(p.column()).contains(40);
    });
  }

  @Test
  void theNumberOfValuesIsLimited() {
    PlanJson few = PlanJson.builder().limits(ReadLimits.builder().maxValues(10).build()).build();

    ReadResult<ProductivityPlan> r = few.read(HEAD + "\"x\": [1, 2, 3, 4, 5, 6, 7, 8]}");

    assertThat(r.value()).isEmpty();
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo("IO006");
      assertThat(p.arguments()).containsExactly("maxValues", "10");
      assertThat(p.pointer()).isEqualTo("/x/4");
    });
    ReadResult<ProductivityPlan> within = few.read(HEAD + "\"x\": [1, 2]}");
    assertThat(within.value()).isPresent();
    assertThat(within.problems()).extracting(Finding::ruleId).containsExactly("IO026");
  }
}
