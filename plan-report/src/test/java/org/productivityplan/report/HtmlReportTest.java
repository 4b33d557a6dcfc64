package org.productivityplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.productivityplan.model.Theme;
import org.productivityplan.report.ReportCases.Case;

class HtmlReportTest {

  static List<Case> cases() {
    return ReportCases.all();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void namesTheCouncilAndGivesTheVerdictOfTheValidation(Case c) {
    String html = HtmlReport.standard().toHtml(c.plan(), c.report());

    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(attribute(html, "section", "id=\"verdict\"", "data-valid"))
        .isEqualTo(Boolean.toString(c.report().isValid()));
    assertThat(attribute(html, "section", "id=\"verdict\"", "data-complete"))
        .isEqualTo(Boolean.toString(c.report().isComplete()));
    assertThat(html).contains("never scores councils or ranks them");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void scorecardCountsEachThemeAsTheValidationReportDoes(Case c) {
    String html = HtmlReport.standard().toHtml(c.plan(), c.report());

    for (Theme theme : Theme.values()) {
      String area = theme.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      Matcher row =
          Pattern.compile(
                  "<tr data-area=\"" + area + "\">.*?data-count=\"(\\d+)\"", Pattern.DOTALL)
              .matcher(html);
      assertThat(row.find()).as(area).isTrue();
      assertThat(Integer.parseInt(row.group(1)))
          .as(area)
          .isEqualTo(c.report().countsByTheme().getOrDefault(theme, 0));
    }
    assertThat(html).contains("data-area=\"monitoring\"", "data-area=\"governance\"", "data-area=\"context\"");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void listsEveryFindingOnce(Case c) {
    String html = HtmlReport.standard().toHtml(c.plan(), c.report());

    Matcher finding = Pattern.compile("<li class=\"finding ").matcher(html);
    int count = 0;
    while (finding.find()) {
      count++;
    }
    assertThat(count).isEqualTo(c.report().findings().size()).isPositive();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void fetchesNothingAndAllowsOnlyItsOwnStyleSheet(Case c) throws Exception {
    String html = HtmlReport.standard().toHtml(c.plan(), c.report());

    // No attribute that would load anything: no src, and only in-page links.
    assertThat(html).doesNotContainPattern("(?i)<[^>]+\\ssrc\\s*=");
    Matcher href = Pattern.compile("(?i)<[a-z][^>]*\\shref=\"([^\"]*)\"").matcher(html);
    while (href.find()) {
      assertThat(href.group(1)).startsWith("#");
    }
    assertThat(html).doesNotContainPattern("(?i)<script").doesNotContainPattern("(?i)<link");
    // The policy's hash is that of the one style element, exactly.
    Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
    assertThat(style.find()).isTrue();
    String hash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
    assertThat(html)
        .contains(
            "content=\"default-src 'none'; style-src 'sha256-" + hash + "';");
    assertThat(style.find()).isFalse();
  }

  @Test
  void hostilePlanTextIsEscapedNeverMarkup() {
    Case c = ReportCases.hostile();
    String html = HtmlReport.standard().toHtml(c.plan(), c.report());

    String body = html.substring(html.indexOf("</style>"));
    assertThat(body)
        .doesNotContainPattern("(?i)<script")
        .doesNotContainPattern("(?i)<img")
        .doesNotContainPattern("(?i)<iframe")
        .doesNotContainPattern("(?i)<object")
        .doesNotContainPattern("(?i)<svg onload")
        .doesNotContainPattern("(?i)<meta http-equiv=\"refresh")
        .doesNotContainPattern("(?i)<a href=\"javascript")
        .doesNotContainPattern("(?i)<[a-z][^>]*\\son[a-z]+\\s*=")
        .contains("&lt;script&gt;document.title=")
        .contains("&lt;img src=x onerror=");
    // Bidirectional and other control characters are shown, not obeyed.
    assertThat(html).doesNotContain("\u202e", "\u2066", "\u0007").contains("\\u202eevil", "\\u0007bell");
  }

  @Test
  void writesAFileAndAWriterAlike(@TempDir Path dir) throws Exception {
    Case c = ReportCases.somerset();
    Path file = dir.resolve("report.html");
    StringWriter out = new StringWriter();

    HtmlReport.standard().render(c.plan(), c.report(), file);
    HtmlReport.standard().render(c.plan(), c.report(), out);

    assertThat(Files.readString(file)).isEqualTo(out.toString());
    assertThat(out.toString()).contains("Somerset Council");
  }

  @Test
  void aWriterThatFailsPartWayFailsTheRenderWithItsError() {
    Case c = ReportCases.somerset();
    Writer full =
        new Writer() {
          private int written;

          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            written += length;
            if (written > 20_000) {
              throw new IOException("disk full");
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> HtmlReport.standard().render(c.plan(), c.report(), full))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
  }

  @Test
  void aReportOfOtherRulesShowsTheirFindingsWithoutRationale() {
    Case c = ReportCases.somerset();

    String html = HtmlReport.of(List.of()).toHtml(c.plan(), c.report());

    assertThat(html).doesNotContain("Why it matters").contains("(PP1");
  }

  private static String attribute(String html, String tag, String marker, String name) {
    Matcher m =
        Pattern.compile("<" + tag + "[^>]*" + Pattern.quote(marker) + "[^>]*\\s" + name + "=\"([^\"]*)\"")
            .matcher(html);
    assertThat(m.find()).as(marker).isTrue();
    return m.group(1);
  }
}
