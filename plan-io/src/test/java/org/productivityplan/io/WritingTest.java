package org.productivityplan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Barrier;
import org.productivityplan.model.Council;
import org.productivityplan.model.Measure;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.RawJson;

/** The canonical writer, its refusals, and sharing one instance between threads. */
class WritingTest {

  private static final PlanJson JSON = PlanJson.standard();

  private static ProductivityPlan.Builder plan() {
    return ProductivityPlan.builder().council(Council.builder().name("C").build()).title("T");
  }

  @Test
  void writesTheCanonicalFormOfAnAwkwardPlan() {
    ProductivityPlan p = plan()
        .title("quote \" backslash \\ tab \t bell \u0007 lone \ud800 pair \ud83d\ude00 £")
        .addBarrier(Barrier.builder().id("B1").asks(List.of()).build())
        .addBarrier(Barrier.builder().id("B2").build())
        .putUnknownProperty("x/y~z", RawJson.of("{ \"a\" : [ 1 , 2e3 ] }"))
        .build();

    String written = JSON.write(p);

    assertThat(written).isEqualTo("{\n"
        + "  \"schemaVersion\": \"1.0\",\n"
        + "  \"council\": {\n    \"name\": \"C\"\n  },\n"
        + "  \"title\": \"quote \\\" backslash \\\\ tab \\t bell \\u0007 lone \\ud800 pair \ud83d\ude00 £\",\n"
        + "  \"barriers\": [\n"
        + "    {\n      \"id\": \"B1\",\n      \"asks\": []\n    },\n"
        + "    {\n      \"id\": \"B2\"\n    }\n"
        + "  ],\n"
        + "  \"x/y~z\": {\n    \"a\": [\n      1,\n      2e3\n    ]\n  }\n"
        + "}\n");
    ProductivityPlan back = JSON.read(written).value().orElseThrow();
    assertThat(back.title()).isEqualTo(p.title());
    assertThat(back.barriers()).isEqualTo(p.barriers());
    assertThat(back.unknownProperties().get("x/y~z").json()).isEqualTo("{\"a\":[1,2e3]}");
    assertThat(JSON.read(written).problems()).singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/x~1y~0z"));
  }

  @Test
  void decimalsKeepTheirScaleAndAreNeverWrittenWithAnExponent() {
    ProductivityPlan p = plan()
        .putUnknownProperty("xKeep", RawJson.of("1"))
        .build();
    Measure m = Measure.builder().value(new java.math.BigDecimal("40.50")).unit("%").build();

    assertThat(JSON.write(p)).contains("\"xKeep\": 1\n");
    String withMeasure = JSON.write(plan().context(org.productivityplan.model.CouncilContext.builder()
        .addKeyFigure(org.productivityplan.model.KeyFigure.builder().description("d").measure(m).build())
        .build()).build());
    assertThat(withMeasure).contains("\"value\": 40.50,");
    assertThat(JSON.write(plan().context(org.productivityplan.model.CouncilContext.builder()
        .reserves(org.productivityplan.model.Money.ofPounds(new java.math.BigDecimal("1E+7"))).build()).build()))
        .contains("\"amount\": 10000000,");
  }

  @Test
  void refusesAnUnknownPropertyThatIsNotJsonOrShadowsAKnownOne() {
    ProductivityPlan notJson = plan().putUnknownProperty("xBad", RawJson.of("{oops")).build();
    ProductivityPlan shadow = plan().putUnknownProperty("title", RawJson.of("\"again\"")).build();

    assertThatThrownBy(() -> JSON.write(notJson))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("xBad");
    assertThatThrownBy(() -> JSON.write(shadow))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'title'");
  }

  @Test
  void oneInstanceIsSafeToShareBetweenThreads() throws Exception {
    String doc = Samples.text("full.json");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = IntStream.range(0, 64)
          .mapToObj(i -> pool.submit(() -> JSON.write(JSON.read(doc).value().orElseThrow())))
          .collect(Collectors.toList());
      for (Future<String> r : results) {
        assertThat(r.get()).isEqualTo(doc);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
