package org.productivityplan.report.internal;

import java.util.List;
import java.util.Optional;

/**
 * Everything the report's templates show, already in words and numbers: the templates only lay it
 * out and escape it. Every string that comes from the plan has been through {@link Text#visible}.
 *
 * @param css the style sheet, inlined in the page
 * @param styleHash the base64 SHA-256 of the style sheet, by which the Content-Security-Policy allows it
 * @param council the council's name
 * @param title the plan's title
 * @param facts what the plan says about itself: date, status, endorsement, source
 * @param verdict the plain-language verdict
 * @param scorecard one row per theme, then monitoring, governance and context
 * @param groups the findings, grouped as the scorecard is, then the plan's data
 * @param spend the chart of specified spend by category and year
 * @param spendNotes spend lines not in the chart: a share of the pay bill, or no figure
 * @param savings the chart of the savings the plan states
 * @param kpis the KPIs, baseline to latest to target
 * @param milestones the milestones in date order
 * @param barriers the barriers with their asks
 */
public record ReportModel(
    String css,
    String styleHash,
    String council,
    String title,
    List<Fact> facts,
    Verdict verdict,
    List<Score> scorecard,
    List<Group> groups,
    BarChart spend,
    List<String> spendNotes,
    BarChart savings,
    List<KpiRow> kpis,
    List<MilestoneMark> milestones,
    List<BarrierRow> barriers) {

  /**
   * One line of the plan's own particulars.
   *
   * @param label what it is
   * @param value what the plan says, or "not stated"
   */
  public record Fact(String label, String value) {}

  /**
   * The verdict.
   *
   * @param valid whether the plan is valid
   * @param complete whether it is complete
   * @param headline one sentence
   * @param detail the counts behind it
   */
  public record Verdict(boolean valid, boolean complete, String headline, String detail) {

    /**
     * Returns the verdict's key for styling and tests: {@code complete}, {@code valid} or {@code
     * invalid}.
     *
     * @return the key
     */
    public String key() {
      return complete ? "complete" : valid ? "valid" : "invalid";
    }
  }

  /**
   * A row of the scorecard.
   *
   * @param id the area's id, such as {@code transforming-services}
   * @param title its title
   * @param question what the guidance asked, in plain words
   * @param status {@code met}, {@code partly-met} or {@code not-met}
   * @param statusLabel the status in words
   * @param statusIcon a symbol for the status, shown beside the words
   * @param findings how many findings the area has
   */
  public record Score(
      String id,
      String title,
      String question,
      String status,
      String statusLabel,
      String statusIcon,
      int findings) {}

  /**
   * The findings of one area.
   *
   * @param id the area's id
   * @param title its title
   * @param findings the findings, most serious first
   */
  public record Group(String id, String title, List<FindingView> findings) {}

  /**
   * One finding as a reader sees it.
   *
   * @param ruleId the rule's id
   * @param severity {@code error}, {@code warning} or {@code info}
   * @param severityLabel the severity in words
   * @param severityIcon a symbol for it, shown beside the words
   * @param message the finding's message
   * @param element the name of what it is about
   * @param pointer the JSON Pointer, for those who edit the file
   * @param rationale why the rule matters, when the rule is known
   * @param satisfiedBy what would satisfy the rule, when it is known
   * @param guidance where the guidance asks it
   */
  public record FindingView(
      String ruleId,
      String severity,
      String severityLabel,
      String severityIcon,
      String message,
      String element,
      String pointer,
      Optional<String> rationale,
      Optional<String> satisfiedBy,
      Optional<String> guidance) {}

  /**
   * A horizontal bar chart: one row per bar, its label above it and its figure printed beside it.
   * Each bar is an SVG of width {@link #WIDTH}, so that all bars share one scale.
   *
   * @param bars the bars, top to bottom
   * @param summary a sentence saying what the chart shows, as its caption
   */
  public record BarChart(List<Bar> bars, String summary) {

    /** The width of each bar's SVG in user units: the longest bar's length. */
    public static final int WIDTH = 400;

    /**
     * Tells whether there is nothing to draw.
     *
     * @return true when there are no bars
     */
    public boolean isEmpty() {
      return bars.isEmpty();
    }
  }

  /**
   * A bar.
   *
   * @param label what it is
   * @param figure the number, printed
   * @param width the bar's length, 0 to {@link BarChart#WIDTH}
   */
  public record Bar(String label, String figure, int width) {}

  /**
   * A KPI.
   *
   * @param name its name
   * @param unit its unit, or empty
   * @param baseline its baseline and period, or "not stated"
   * @param latest its latest measurement and period, or "none yet"
   * @param target its target and period, or "not stated"
   */
  public record KpiRow(String name, String unit, String baseline, String latest, String target) {}

  /**
   * A milestone on the timeline.
   *
   * @param due when, in words
   * @param dateTime when, as an HTML {@code datetime} value, or empty when not dated
   * @param description what is to happen
   * @param project the project's name
   * @param status where it stands, in words
   */
  public record MilestoneMark(
      String due, String dateTime, String description, String project, String status) {}

  /**
   * A barrier.
   *
   * @param title its heading
   * @param description the barrier in words, or empty
   * @param asks what the council asks of government; empty when it asks nothing or says nothing
   * @param asksNote "not stated" or "nothing asked" when there are no asks, else empty
   */
  public record BarrierRow(String title, String description, List<String> asks, String asksNote) {}
}
