package org.productivityplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.productivityplan.report.ReportCases.Case;
import org.productivityplan.validation.Reports;

/**
 * The report as a reader sees it: each bundled real plan's and a hostile plan's page, opened from a
 * file in a real headless Chromium. Screenshots go to {@code target/screenshots}; with {@code
 * -Dreport.docsImages=DIR}, the Somerset ones that {@code docs/report.md} shows go to DIR too.
 */
class ReportBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path PAGES = Path.of("target", "reports");
  private static final Path SHOTS =
      Path.of(System.getProperty("report.screenshots", "target/screenshots"));

  private static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() throws IOException {
    driver = Browser.start();
    Files.createDirectories(PAGES);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  static List<Case> cases() {
    return ReportCases.all();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void loadsWithNoConsoleErrorNoRequestAndNoScript(Case c) throws IOException {
    open(c);

    assertNoConsoleProblemAndNoRequest();
    // No script of the plan's ran: the hostile plan's would set window.__pwned or the title.
    assertThat(script("return typeof window.__pwned")).isEqualTo("undefined");
    assertThat(driver.getTitle()).isNotEqualTo("pwned").startsWith(c.plan().council().name());
    assertThat(driver.findElements(By.cssSelector("script, iframe, object, embed, img, link")))
        .isEmpty();
    screenshotOfWholePage(SHOTS.resolve(c.name() + ".png"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void showsTheVerdictAndTheCountsOfTheJsonReport(Case c) throws IOException {
    open(c);
    JsonNode json = JSON.readTree(Reports.toJson(List.of(c.report()))).get("reports").get(0);
    JsonNode rules = JSON.readTree(Reports.rulesToJson(ReportCases.VALIDATOR.rules())).get("rules");

    WebElement verdict = driver.findElement(By.id("verdict"));
    assertThat(verdict.getAttribute("data-valid")).isEqualTo(json.get("valid").asText());
    assertThat(verdict.getAttribute("data-complete")).isEqualTo(json.get("complete").asText());
    assertThat(verdict.getText())
        .contains(json.get("valid").asBoolean() ? "Valid" : "Not valid")
        .contains(json.get("counts").get("error").asInt() + " error");

    Map<String, String> categoryOf = new HashMap<>();
    rules.forEach(r -> categoryOf.put(r.get("id").asText(), r.get("category").asText()));
    Map<String, Integer> expected = new HashMap<>();
    json.get("countsByTheme")
        .properties()
        .forEach(e -> expected.put(area(e.getKey()), e.getValue().asInt()));
    for (JsonNode finding : json.get("findings")) {
      if (!finding.has("theme")) {
        String category = categoryOf.getOrDefault(finding.get("ruleId").asText(), "");
        if (List.of("monitoring", "governance", "context").contains(category)) {
          expected.merge(category, 1, Integer::sum);
        }
      }
    }
    List<WebElement> rows = driver.findElements(By.cssSelector("#scorecard tbody tr"));
    assertThat(rows).hasSize(7);
    for (WebElement row : rows) {
      String area = row.getAttribute("data-area");
      WebElement count = row.findElement(By.cssSelector("td.count"));
      assertThat(Integer.parseInt(count.getText()))
          .as(area)
          .isEqualTo(expected.getOrDefault(area, 0));
      assertThat(row.findElement(By.cssSelector(".status")).getText())
          .matches("[✓◐✗] (Met|Partly met|Not met)");
    }
    assertThat(driver.findElements(By.cssSelector("li.finding"))).hasSize(json.get("findings").size());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void hasNoWcag22AOrAaViolation(Case c) throws IOException {
    open(c);

    assertNoWcag22AOrAaViolation();
  }

  /**
   * The panel summary's page of the bundled corpus, and of a hostile summary: no console error, no
   * request, no script, no WCAG 2.2 A or AA violation; a screenshot of each.
   */
  @Test
  void thePanelPageLoadsCleanlyAndHasNoWcag22AOrAaViolation() throws IOException {
    for (Map.Entry<String, org.productivityplan.analysis.PanelSummary> summary :
        Map.of("panel-corpus", PanelCases.corpus(), "panel-hostile", PanelCases.hostile())
            .entrySet()) {
      Path page = PAGES.resolve(summary.getKey() + ".html").toAbsolutePath();
      PanelReport.standard().render(summary.getValue(), page);
      driver.manage().logs().get(LogType.BROWSER);
      driver.get(page.toUri().toString());

      assertNoConsoleProblemAndNoRequest();
      assertThat(script("return typeof window.__pwned")).isEqualTo("undefined");
      assertThat(driver.getTitle()).startsWith("Panel summary of ");
      assertThat(driver.findElements(By.cssSelector("script, iframe, object, embed, img, link")))
          .isEmpty();
      assertThat(driver.findElement(By.id("plan-count")).getText())
          .isEqualTo(String.valueOf(summary.getValue().plans().size()));
      assertNoWcag22AOrAaViolation();
      screenshotOfWholePage(SHOTS.resolve(summary.getKey() + ".png"));
    }
  }

  private static void assertNoConsoleProblemAndNoRequest() {
    List<LogEntry> problems =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
            .toList();
    assertThat(problems).as("console errors and warnings").isEmpty();
    // Nothing but the page itself was fetched.
    assertThat(script("return performance.getEntriesByType('resource').length")).isEqualTo(0L);
  }

  private static void assertNoWcag22AOrAaViolation() throws IOException {
    driver.executeScript(axe());

    Object result =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values:"
                + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']}})"
                + ".then(r => done(JSON.stringify({violations: r.violations.map(v => ({id: v.id,"
                + " help: v.help, nodes: v.nodes.map(n => n.html).slice(0, 3)})), passes:"
                + " r.passes.length})), e => done(JSON.stringify({error: String(e)})));");
    JsonNode axe = JSON.readTree((String) result);

    assertThat(axe.has("error")).as(axe.toString()).isFalse();
    assertThat(axe.get("passes").asInt()).as("axe checked something").isPositive();
    assertThat(axe.get("violations")).as(axe.toString()).isEmpty();
  }

  @Test
  void itsPolicyBlocksWhatTheTemplatesMightOneDayLetThrough() throws IOException {
    open(ReportCases.hostile());

    // Scripts added after load are blocked by the policy, not only kept out by escaping.
    Object blocked =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "document.addEventListener('securitypolicyviolation', e => done(e.effectiveDirective));"
                + "const s = document.createElement('script'); s.textContent = 'window.__ran = 1';"
                + "document.body.appendChild(s);");
    assertThat(blocked).isEqualTo("script-src-elem");
    assertThat(script("return typeof window.__ran")).isEqualTo("undefined");
  }

  @Test
  void somersetScreenshotsForTheDocs() throws IOException {
    open(ReportCases.somerset());
    driver.manage().window().setSize(new Dimension(1200, 1400));
    try {
      List<Path> shots =
          List.of(
              viewportAt(null, "somerset-top.png"),
              viewportAt("figures", "somerset-figures.png"),
              viewportAt("findings-reducing-wasteful-spend", "somerset-theme-3.png"));
      String docs = System.getProperty("report.docsImages", "");
      for (Path shot : shots) {
        assertThat(Files.size(shot)).isGreaterThan(10_000);
        if (!docs.isBlank()) {
          Path dir = Files.createDirectories(Path.of(docs));
          Files.copy(
              shot,
              dir.resolve("report-" + shot.getFileName()),
              StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      driver.manage().window().setSize(new Dimension(1200, 900));
    }
  }

  /** Scrolls the element with the id to the top (the page's top for null) and shoots the view. */
  private static Path viewportAt(@Nullable String id, String name) throws IOException {
    if (id == null) {
      driver.executeScript("window.scrollTo(0, 0)");
    } else {
      driver.executeScript("arguments[0].scrollIntoView(true)", driver.findElement(By.id(id)));
    }
    Path file = SHOTS.resolve(name);
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    return file;
  }

  private static void open(Case c) throws IOException {
    Path page = PAGES.resolve(c.name() + ".html").toAbsolutePath();
    HtmlReport.standard().render(c.plan(), c.report(), page);
    driver.manage().logs().get(LogType.BROWSER); // forgets what earlier pages logged
    driver.get(page.toUri().toString());
  }

  private static Object script(String js) {
    return driver.executeScript(js);
  }

  private static void screenshotOfWholePage(Path file) throws IOException {
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
  }

  private static String area(String themeCode) {
    // transformingServices -> transforming-services
    return themeCode.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
  }

  private static String axe() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            ClassLoader.getSystemResourceAsStream("axe.min.js"), "axe.min.js on the class path")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
