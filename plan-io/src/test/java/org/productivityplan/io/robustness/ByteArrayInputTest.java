package org.productivityplan.io.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.io.Samples;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.testing.PropertyChecks;

/**
 * Bytes in memory ({@link PlanJson#read(byte[], String)}) are read exactly as the same bytes from a
 * stream: the same plan, the same problems at the same places, the same positions, whatever the
 * bytes hold (properties in any order, characters beyond ASCII, bytes that are not UTF-8, a
 * byte-order mark, a document cut short).
 */
class ByteArrayInputTest {

  private static final PlanJson LENIENT = PlanJson.standard();
  private static final PlanJson STRICT = PlanJson.builder().strict(true).build();
  private static final String[] TEXTS = {"£5", "Café – ré", "🚀", "日本語", "\\ud800", "<b>", "\\\""};

  /** Both ways in, compared: value, problems (with lines and columns) and each problem's position. */
  private static void assertSameAsStream(PlanJson json, byte[] doc, String what) {
    ReadResult<ProductivityPlan> fromArray = json.read(doc, "doc");
    ReadResult<ProductivityPlan> fromStream = json.read(new ByteArrayInputStream(doc), "doc");

    assertThat(fromArray.value()).as(what).isEqualTo(fromStream.value());
    assertThat(fromArray.problems()).as(what).isEqualTo(fromStream.problems());
    for (Finding f : fromStream.problems()) {
      assertThat(fromArray.positions().find(f.pointer()))
          .as("%s: the position of %s", what, f.pointer())
          .isEqualTo(fromStream.positions().find(f.pointer()));
    }
  }

  /** Each object's members in a random order, each string perhaps replaced by one beyond ASCII. */
  private static Object shuffled(Object node, Random r) {
    if (node instanceof Map) {
      List<Map.Entry<?, ?>> entries = new ArrayList<>(((Map<?, ?>) node).entrySet());
      Collections.shuffle(entries, r);
      Map<Object, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : entries) {
        out.put(e.getKey(), shuffled(e.getValue(), r));
      }
      return out;
    }
    if (node instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object o : (List<?>) node) {
        out.add(shuffled(o, r));
      }
      return out;
    }
    return node;
  }

  @Test
  void theSamplesAndTheirShuffledFormsReadAsFromAStream() {
    for (String name : List.of("minimal.json", "full.json")) {
      byte[] doc = Samples.bytes(name);
      assertSameAsStream(LENIENT, doc, name);
      Object written = JsonTree.parse(LENIENT.write(LENIENT.read(doc, name).value().orElseThrow()));
      Object tree = JsonTree.parse(new String(doc, StandardCharsets.UTF_8));
      int cases = PropertyChecks.forAll(r -> JsonTree.pretty(shuffled(tree, r)), text -> {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertSameAsStream(LENIENT, bytes, name + " shuffled");
        // Properties in another order are the same plan (unknown ones kept in their own order; a
        // map's equality ignores order): the reader's guess of the next name is only a guess.
        ProductivityPlan plan = LENIENT.read(bytes, name).value().orElseThrow();
        assertThat(JsonTree.parse(LENIENT.write(plan))).as(name + " shuffled").isEqualTo(written);
      });
      assertThat(cases).isPositive();
    }
  }

  /** A document close to a plan, with random damage. */
  private static byte[] damaged(Random r) {
    String text = Samples.text("full.json");
    StringBuilder b = new StringBuilder(text);
    int edits = 1 + r.nextInt(3);
    for (int i = 0; i < edits; i++) {
      int at = r.nextInt(b.length());
      switch (r.nextInt(5)) {
        case 0:
          b.insert(at, TEXTS[r.nextInt(TEXTS.length)]);
          break;
        case 1:
          b.setLength(at);
          break;
        case 2:
          b.replace(at, Math.min(b.length(), at + 1 + r.nextInt(8)), "\"x\": null,");
          break;
        case 3:
          b.insert(at, "\"unknown" + r.nextInt(3) + "\": [1, {\"a\": \"é\"}], ");
          break;
        default:
          b.deleteCharAt(at);
          break;
      }
    }
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    switch (r.nextInt(4)) {
      case 0: {
        // A byte that is not UTF-8 somewhere.
        bytes[r.nextInt(bytes.length)] = (byte) (0x80 + r.nextInt(0x80));
        return bytes;
      }
      case 1: {
        byte[] bom = new byte[bytes.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, bom, 3, bytes.length);
        return bom;
      }
      default:
        return bytes;
    }
  }

  @Test
  void damagedDocumentsReadAsFromAStream() {
    PropertyChecks.forAll(ByteArrayInputTest::damaged, doc -> {
      String what = new String(doc, StandardCharsets.ISO_8859_1);
      assertSameAsStream(LENIENT, doc, what);
      assertSameAsStream(STRICT, doc, what);
    });
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedAtTheFirstBadByte() {
    byte[] doc = "{\"schemaVersion\": \"1.0\", \"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

    ReadResult<ProductivityPlan> r = LENIENT.read(doc, "latin1");

    assertThat(r.value()).isEmpty();
    assertThat(r.problems()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("IO005");
      assertThat(f.message()).contains("byte 0xe9 at offset " + (doc.length - 3));
    });
  }

  @Test
  void utf16WithoutAByteOrderMarkIsNotGuessedButRefused() {
    for (java.nio.charset.Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] doc = Samples.text("minimal.json").getBytes(utf16);

      ReadResult<ProductivityPlan> r = LENIENT.read(doc, "utf16");

      assertThat(r.value()).as(utf16.name()).isEmpty();
      assertThat(r.problems()).as(utf16.name()).singleElement()
          .satisfies(f -> assertThat(f.ruleId()).isEqualTo("IO001"));
      assertSameAsStream(LENIENT, doc, utf16.name());
    }
  }

  @Test
  void aDocumentOverTheSizeLimitIsNotRead() {
    PlanJson small = PlanJson.builder()
        .limits(org.productivityplan.io.ReadLimits.builder().maxDocumentSize(40).build()).build();
    byte[] doc = Samples.text("minimal.json").getBytes(StandardCharsets.UTF_8);

    ReadResult<ProductivityPlan> r = small.read(doc, "big");

    assertThat(r.value()).isEmpty();
    assertThat(r.problems()).singleElement().satisfies(f -> assertThat(f.ruleId()).isEqualTo("IO006"));
    assertThat(r.problems()).isEqualTo(small.read(new ByteArrayInputStream(doc), "big").problems());
  }

  @Test
  void aCouncilPlanReadsAsFromAStream() {
    byte[] doc = Samples.bytes("council-plan.json");

    ReadResult<CouncilPlan> fromArray = LENIENT.readCouncilPlan(doc, "c");

    assertThat(fromArray.problems()).isEmpty();
    assertThat(fromArray.value()).isEqualTo(LENIENT.readCouncilPlan(new ByteArrayInputStream(doc), "c").value());
  }
}
