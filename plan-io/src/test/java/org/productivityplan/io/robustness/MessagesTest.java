package org.productivityplan.io.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.io.robustness.ProblemChecks.assertWellFormed;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.testing.PropertyChecks;

/**
 * A problem's message is one line that cannot drive a terminal, whatever the document puts in the
 * property names and tokens it quotes; the pointer and the arguments keep the name as it is.
 */
class MessagesTest {

  private static final String HEAD = "{\"schemaVersion\": \"1.0\", \"council\": {\"name\": \"C\"}, \"title\": \"T\", ";

  private static final String[] NASTY = {"\n", "\r\n", "\t", "\u001b[2J", "\u001b]0;pwned\u0007", "\u0000", "\u007f",
    "\u0085", "\u009b31m", "\u2028", "\u2029", "\b"};

  /** A name made of plain text and nasty characters, and how JSON writes it. */
  private static String[] name(Random r) {
    StringBuilder raw = new StringBuilder("k");
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      raw.append(NASTY[r.nextInt(NASTY.length)]).append((char) ('a' + r.nextInt(26)));
    }
    StringBuilder json = new StringBuilder();
    for (char c : raw.toString().toCharArray()) {
      json.append(c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029
          ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return new String[] {raw.toString(), json.toString()};
  }

  @Test
  void aDuplicateKeyIsNamedOnOneLine() {
    int cases = PropertyChecks.forAll(MessagesTest::name, n -> {
      ReadResult<ProductivityPlan> r = PlanJson.standard().read(HEAD + "\"" + n[1] + "\": 1, \"" + n[1] + "\": 2}");

      assertWellFormed(r);
      Finding f = r.problems().get(0);
      assertThat(f.ruleId()).isEqualTo("IO003");
      assertThat(f.pointer()).isEqualTo("/" + n[0]);
      assertThat(f.arguments()).first().isEqualTo(n[0]);
    });
    assertThat(cases).isPositive();
  }

  @Test
  void anUnknownPropertyIsNamedOnOneLineAndKeptAsItIs() {
    PropertyChecks.forAll(MessagesTest::name, n -> {
      String doc = HEAD + "\"" + n[1] + "\": 1}";
      ReadResult<ProductivityPlan> r = PlanJson.standard().read(doc);

      assertWellFormed(r);
      assertThat(r.problems()).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("IO026");
        assertThat(f.pointer()).isEqualTo("/" + n[0]);
      });
      assertThat(r.value().orElseThrow().unknownProperties()).containsKey(n[0]);
    });
  }

  @Test
  void aTokenThatIsNotJsonIsQuotedOnOneLine() {
    PropertyChecks.forAll(r -> "tru" + NASTY[r.nextInt(NASTY.length)] + "e", token -> {
      ReadResult<ProductivityPlan> r = PlanJson.standard().read(HEAD + "\"extra\": " + token + "}");

      assertWellFormed(r);
      assertThat(r.value()).isEmpty();
    });
  }
}
