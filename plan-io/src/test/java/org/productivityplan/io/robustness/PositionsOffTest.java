package org.productivityplan.io.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadLimits;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.testing.PropertyChecks;

/**
 * A read that keeps no positions ({@code PlanJson.Builder.positions(false)}) finds what a read that
 * keeps them finds: the same value and the same problems, each at the same pointer, line and column,
 * down to the place of a duplicate's first occurrence. Only {@code positions()} differs.
 */
class PositionsOffTest {

  private static final PlanJson KEEPING = PlanJson.standard();
  private static final PlanJson NOT_KEEPING = PlanJson.builder().positions(false).build();

  private static void sameRead(String json) {
    ReadResult<ProductivityPlan> kept = KEEPING.read(json);
    ReadResult<ProductivityPlan> notKept = NOT_KEEPING.read(json);
    assertThat(notKept.value()).isEqualTo(kept.value());
    assertThat(notKept.problems()).isEqualTo(kept.problems());
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThat(NOT_KEEPING.read(bytes, "<string>").problems()).isEqualTo(kept.problems());
  }

  @Test
  void theOptionIsOnUnlessTurnedOffAndKeepsTheOtherOptions() {
    assertThat(PlanJson.standard().keepsPositions()).isTrue();
    assertThat(PlanJson.builder().build().keepsPositions()).isTrue();
    PlanJson off = PlanJson.builder().strict(true).limits(ReadLimits.builder().maxValues(1000).build())
        .positions(false).build();
    assertThat(off.keepsPositions()).isFalse();
    assertThat(off.isStrict()).isTrue();
    assertThat(off.limits().maxValues()).isEqualTo(1000);
  }

  @Test
  void withoutPositionsNoPointerIsFoundButTheValueIsRead() {
    String json = NothingLostTest.sample("full.json");
    ReadResult<ProductivityPlan> kept = KEEPING.read(json);
    ReadResult<ProductivityPlan> notKept = NOT_KEEPING.read(json);
    assertThat(kept.positions().find("/council/name")).isPresent();
    assertThat(notKept.positions().find("/council/name")).isEmpty();
    assertThat(notKept.positions().find("")).isEmpty();
    assertThat(notKept.value()).isPresent().isEqualTo(kept.value());
  }

  @Test
  void theSamplesReadTheSame() {
    for (String name : new String[] {"full.json", "minimal.json"}) {
      sameRead(NothingLostTest.sample(name));
    }
  }

  /**
   * A duplicate's message names its first occurrence's line and column: found among the members kept
   * before it, in an element after others were read and dropped, and at the root after a whole
   * array.
   */
  @Test
  void aDuplicatePropertyIsPlacedTheSame() {
    String inAnElement = "{\n  \"schemaVersion\": \"1.0\",\n  \"council\": {\"name\": \"A\"},\n  \"title\": \"T\",\n"
        + "  \"projects\": [\n    {\"id\": \"p1\", \"name\": \"One\", \"milestones\": [{\"id\": \"m1\", \"description\": \"d\"}]},\n"
        + "    {\"id\": \"p2\",\n     \"name\": \"Two\",\n     \"id\": \"p3\"}\n  ]\n}\n";
    String atTheRoot = "{\"schemaVersion\": \"1.0\", \"council\": {\"name\": \"A\"}, \"title\": \"T\",\n"
        + "\"projects\": [{\"id\": \"p1\", \"name\": \"One\"}, {\"id\": \"p2\", \"name\": \"Two\"}],\n"
        + "\"title\": \"Again\"}";
    for (String json : new String[] {inAnElement, atTheRoot}) {
      ReadResult<ProductivityPlan> kept = KEEPING.read(json);
      assertThat(kept.problems()).anySatisfy(f -> assertThat(f.message()).contains("first at line"));
      sameRead(json);
    }
  }

  /** Problems deep inside arrays, with characters beyond ASCII before them on their lines. */
  @Test
  void problemsInsideArraysAndAfterWideCharactersArePlacedTheSame() {
    String json = "{\"schemaVersion\": \"1.0\", \"council\": {\"name\": \"Caf\u00e9 \uD83D\uDE00\"}, \"title\": \"T\",\n"
        + "\"projects\": [{\"id\": \"p1\", \"name\": \"\u00c9t\u00e9\", \"status\": \"nope\", \"themes\": [\"T1\", 3, null]},\n"
        + "  {\"id\": \"p2\", \"name\": \"Two\", \"milestones\": [{\"id\": \"m\", \"description\": \"\u2603\", \"due\": \"soon\"}],"
        + " \"extra\": {\"a\": [1, {\"b\": 2}]}}],\n"
        + "\"specifiedSpend\": [{\"id\": \"s\", \"category\": \"consultants\", \"amount\": {\"amount\": \"x\"}}]}";
    assertThat(KEEPING.read(json).problems()).hasSizeGreaterThan(4);
    sameRead(json);
  }

  @Test
  void aDamagedDocumentReadsTheSame() {
    Object full = JsonTree.parse(NothingLostTest.sample("full.json"));
    AtomicInteger problems = new AtomicInteger();
    int cases = PropertyChecks.forAll(r -> NothingLostTest.damage(full, r), doc -> {
      sameRead(doc.json);
      problems.addAndGet(KEEPING.read(doc.json).problems().size());
    });
    System.out.println("positions off: " + cases + " damaged documents, " + problems + " problems compared");
    assertThat(problems.get()).as("the damaged documents have problems to compare").isGreaterThan(cases);
  }
}
