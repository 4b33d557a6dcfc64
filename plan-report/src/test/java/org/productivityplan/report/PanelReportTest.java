package org.productivityplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.productivityplan.analysis.PanelSummary;

class PanelReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PanelSummary CORPUS = PanelCases.corpus();

  @Test
  void theCorpusPageShowsTheCountsOfTheJson() throws Exception {
    String html = PanelReport.standard().toHtml(CORPUS);
    JsonNode json = JSON.readTree(CORPUS.toJson());

    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(group(html, "id=\"plan-count\" data-count=\"(\\d+)\"")).isEqualTo(json.get("plans").asText());
    assertThat(json.get("plans").asInt()).isEqualTo(json.get("councils").size()).isGreaterThan(3);
    assertThat(group(html, "id=\"unreadable-count\" data-count=\"(\\d+)\""))
        .isEqualTo(String.valueOf(json.get("unreadable").size()))
        .isNotEqualTo("0");
    assertThat(group(html, "id=\"validation\" data-valid=\"(\\d+)\"")).isEqualTo(json.get("valid").asText());
    assertThat(group(html, "data-complete=\"(\\d+)\"")).isEqualTo(json.get("complete").asText());

    for (String[] tally :
        List.of(
            new String[] {"type", "plansByCouncilType"},
            new String[] {"status", "plansByStatus"},
            new String[] {"endorsement", "plansByEndorsement"},
            new String[] {"publication", "plansByPublication"})) {
      String table = between(html, "<table id=\"tally-" + tally[0] + "\">", "</table>");
      List<Integer> expected = new ArrayList<>();
      json.get(tally[1]).forEach(n -> expected.add(n.asInt()));
      assertThat(all(table, "data-count=\"(\\d+)\"")).as(tally[0]).containsExactlyElementsOf(expected);
    }

    for (String kind : List.of("themes", "rules")) {
      String table = between(html, "<table id=\"coverage-" + kind + "\">", "</table>");
      Matcher row =
          Pattern.compile("<tr data-id=\"([^\"]+)\" data-plans=\"(\\d+)\" data-meeting=\"(\\d+)\">")
              .matcher(table);
      int rows = 0;
      for (JsonNode coverage : json.get(kind)) {
        assertThat(row.find()).as(coverage.get("id").asText()).isTrue();
        assertThat(row.group(1)).isEqualTo(coverage.get("id").asText());
        assertThat(Integer.parseInt(row.group(2))).isEqualTo(coverage.get("plans").asInt());
        assertThat(Integer.parseInt(row.group(3))).isEqualTo(coverage.get("meeting").asInt());
        rows++;
      }
      assertThat(row.find()).as("no more rows than the JSON").isFalse();
      assertThat(rows).as(kind).isPositive();
    }

    String spend = between(html, "<table id=\"spend-table\">", "</table>");
    assertThat(all(spend, "<tr><th scope=\"row\">")).hasSize(json.get("councils").size());
    assertThat(spend).contains("<td>not reported</td>");

    String barriers = between(html, "<section id=\"barriers\"", "</section>");
    List<Integer> barrierPlans = new ArrayList<>();
    List<Integer> askPlans = new ArrayList<>();
    for (JsonNode group : json.get("barriers")) {
      barrierPlans.add(group.get("plans").asInt());
      group.get("asks").forEach(a -> askPlans.add(a.get("plans").asInt()));
    }
    assertThat(all(barriers, "<tr data-plans=\"(\\d+)\"")).containsExactlyElementsOf(barrierPlans);
    assertThat(all(barriers, "<li data-plans=\"(\\d+)\"")).containsExactlyElementsOf(askPlans);

    String kpis = between(html, "<section id=\"kpis\"", "</section>");
    List<Integer> kpiPlans = new ArrayList<>();
    json.get("kpis").forEach(k -> kpiPlans.add(k.get("plans").asInt()));
    assertThat(all(kpis, "<td class=\"count\" data-count=\"(\\d+)\"")).containsExactlyElementsOf(kpiPlans);
    assertThat(group(kpis, "id=\"without-kpis\" data-count=\"(\\d+)\""))
        .isEqualTo(String.valueOf(json.get("plansWithoutKpis").size()));

    assertThat(all(html, "<li class=\"unreadable\">")).hasSize(json.get("unreadable").size());
    assertThat(html).contains("never scores councils or ranks them");
  }

  @Test
  void councilsAreListedAlphabeticallyNeverByPerformance() throws Exception {
    String html = PanelReport.standard().toHtml(CORPUS);
    JsonNode json = JSON.readTree(CORPUS.toJson());

    List<String> labels = new ArrayList<>();
    json.get("councils").forEach(c -> labels.add(c.get("label").asText()));
    assertThat(labels).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    String plans = between(html, "<table id=\"plan-list\">", "</table>");
    assertThat(plans).containsSubsequence(labels.stream().map(l -> ">" + escape(l) + "<").toList());
    assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("rank ", "score:", "league table</");
  }

  @Test
  void hostileTextsAreEscapedAndNothingIsFetched() throws Exception {
    String html = PanelReport.standard().toHtml(PanelCases.hostile());

    assertThat(html)
        .doesNotContain("<script", "<img", "<a href", "onerror=", "<b>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;.json")
        .contains("Harrowfield &lt;script&gt;")
        // Bidi and other invisible controls are shown as escapes, not obeyed.
        .doesNotContainPattern("[\\u202A-\\u202E\\u2066-\\u2069]");
    assertThat(html).doesNotContainPattern("(?i)<[^>]+\\ssrc\\s*=");
    Matcher href = Pattern.compile("(?i)<[a-z][^>]*\\shref=\"([^\"]*)\"").matcher(html);
    while (href.find()) {
      assertThat(href.group(1)).startsWith("#");
    }
  }

  @Test
  void usesThePlanReportsStyleSheetAllowedByItsHash() throws Exception {
    String panel = PanelReport.standard().toHtml(CORPUS);
    ReportCases.Case somerset = ReportCases.somerset();
    String report = HtmlReport.standard().toHtml(somerset.plan(), somerset.report());

    String css = between(panel, "<style>", "</style>");
    assertThat(css).isEqualTo(between(report, "<style>", "</style>")).isNotBlank();
    String hash =
        Base64.getEncoder()
            .encodeToString(MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8)));
    assertThat(panel)
        .contains("content=\"default-src 'none'; style-src 'sha256-" + hash + "';")
        .contains("<html lang=\"en-GB\">");
  }

  @Test
  void writesAFileInUtf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("panel.html");

    PanelReport.standard().render(CORPUS, file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(PanelReport.standard().toHtml(CORPUS));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;");
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as(start).isNotNegative();
    int to = text.indexOf(end, from + start.length());
    assertThat(to).as(end).isPositive();
    return text.substring(from + start.length(), to);
  }

  private static String group(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(regex).isTrue();
    return m.group(1);
  }

  private static List<Integer> all(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    List<Integer> values = new ArrayList<>();
    while (m.find()) {
      values.add(m.groupCount() == 0 ? 0 : Integer.parseInt(m.group(1)));
    }
    return values;
  }
}
