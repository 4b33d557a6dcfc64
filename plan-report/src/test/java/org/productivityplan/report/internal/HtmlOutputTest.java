package org.productivityplan.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.html.HtmlTemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.productivityplan.testing.PropertyChecks;

class HtmlOutputTest {

  /** Where a template writes: the tag, and the attribute or none for the tag's text. */
  private static final String[][] CONTEXTS = {
    {"p", null}, {"dd", null}, {"script", null}, {"SCRIPT", null}, {"style", null}, {null, null},
    {"a", "href"}, {"img", "src"}, {"li", "class"}, {"div", "onclick"}, {"tr", "data-rule"},
    {null, "title"},
  };

  /** Plain prose, the characters HTML escapes, quotes, non-Latin-1 letters, bidi and controls. */
  private static final String[] PIECES = {
    "a", "Theme 1", " ", "<", ">", "&", "\"", "'", "&amp;", "<script>", "</p>", "javascript:", "é",
    "£", "→", "\u202e", "\u2066", "\n", "\u0000", "\ud83d\ude00", "onerror=", "=", "/", "--",
  };

  private record Write(@Nullable String tag, @Nullable String attribute, @Nullable String text) {}

  private static List<Write> writes(Random random) {
    List<Write> writes = new ArrayList<>();
    int count = 1 + random.nextInt(8);
    for (int i = 0; i < count; i++) {
      String[] context = CONTEXTS[random.nextInt(CONTEXTS.length)];
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(6);
      for (int j = 0; j < pieces; j++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      writes.add(new Write(context[0], context[1], random.nextInt(20) == 0 ? null : text.toString()));
    }
    return writes;
  }

  private static String write(HtmlTemplateOutput out, StringOutput sink, List<Write> writes) {
    for (Write w : writes) {
      out.setContext(w.tag(), w.attribute());
      out.writeUserContent(w.text());
      out.writeContent("|");
    }
    return sink.toString();
  }

  @Test
  void writesWhatJteWritesInEveryContext() {
    int cases =
        PropertyChecks.forAll(
            HtmlOutputTest::writes,
            writes -> {
              StringOutput jte = new StringOutput();
              StringOutput ours = new StringOutput();
              assertThat(write(new HtmlOutput(ours), ours, writes))
                  .isEqualTo(write(new OwaspHtmlTemplateOutput(jte), jte, writes));
            });
    assertThat(cases).isPositive();
  }

  @Test
  void escapesMarkupInTextAndAttributes() {
    StringOutput sink = new StringOutput();
    HtmlOutput out = new HtmlOutput(sink);
    out.setContext("p", null);
    out.writeUserContent("Fish & chips <b>");
    out.setContext("li", "class");
    out.writeUserContent("x\" onclick=\"alert(1)");
    out.setContext("p", null);
    out.writeUserContent("Plain words, as they are: 'quoted' \"too\".");

    assertThat(sink.toString())
        .isEqualTo(
            "Fish &amp; chips &lt;b&gt;x&#34; onclick=&#34;alert(1)"
                + "Plain words, as they are: 'quoted' \"too\".");
  }

  @Test
  void plainTextIsTextWithNothingHtmlEscapes() {
    assertThat(HtmlOutput.isPlainText("")).isTrue();
    assertThat(HtmlOutput.isPlainText("Consultants, 2023/24: £1,200 → 3% \"quoted\"")).isTrue();
    assertThat(HtmlOutput.isPlainText("a < b")).isFalse();
    assertThat(HtmlOutput.isPlainText("a > b")).isFalse();
    assertThat(HtmlOutput.isPlainText("Fish & chips")).isFalse();
  }
}
