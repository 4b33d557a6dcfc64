package org.productivityplan.report.internal;

import java.util.List;

/**
 * What the panel summary's page shows, every text ready to be escaped by the template.
 *
 * @param css the style sheet, inlined in the page
 * @param styleHash the base64 SHA-256 of the style sheet, for the Content-Security-Policy
 * @param title the page's title and heading
 * @param plans how many plans were summarised
 * @param unreadable how many inputs could not be read
 * @param truncatedReports how many plans had a report cut short
 * @param tallies the plans counted by council type, status, endorsement and publication
 * @param valid how many plans have no error
 * @param complete how many plans have neither error nor warning
 * @param pages what the plans say of their page counts
 * @param planRows one row per plan, alphabetically
 * @param themes coverage of each theme
 * @param rules coverage of each rule
 * @param spendHeadings the spend table's categories
 * @param spendRows one row per plan, alphabetically
 * @param spendTotals the totals within one financial year
 * @param barriers barriers by category, with their asks
 * @param kpis the KPIs plans use, by how many plans use them
 * @param withoutKpis the plans with no KPI, alphabetically
 * @param unreadableRows the inputs that could not be read, with their problems
 */
public record PanelModel(
    String css,
    String styleHash,
    String title,
    int plans,
    int unreadable,
    int truncatedReports,
    List<Tally> tallies,
    long valid,
    long complete,
    String pages,
    List<PlanRow> planRows,
    List<CoverageRow> themes,
    List<CoverageRow> rules,
    List<String> spendHeadings,
    List<SpendRow> spendRows,
    List<TotalRow> spendTotals,
    List<BarrierRow> barriers,
    List<KpiRow> kpis,
    List<String> withoutKpis,
    List<UnreadableRow> unreadableRows) {

  /**
   * The plans counted by one property, every value shown.
   *
   * @param id the key of the property, for the page's ids
   * @param heading what is counted
   * @param counts the count of each value, in the value's order
   */
  public record Tally(String id, String heading, List<Count> counts) {}

  /**
   * How many plans have one value.
   *
   * @param label the value
   * @param plans how many plans have it
   */
  public record Count(String label, int plans) {}

  /**
   * One plan's row.
   *
   * @param label the plan's label
   * @param gssCode its GSS code, or "not stated"
   * @param type its council type
   * @param status its status
   * @param endorsement its endorsement
   * @param publication its publication
   * @param pages its page count, or "not stated"
   */
  public record PlanRow(
      String label,
      String gssCode,
      String type,
      String status,
      String endorsement,
      String publication,
      String pages) {}

  /**
   * Coverage of one rule or theme.
   *
   * @param id the rule id or theme code
   * @param name the rule's name or the theme's title
   * @param theme the theme of a rule, or empty
   * @param plans how many plans
   * @param meeting how many of them meet it
   * @param byType {@code district council 1 of 2} for each council type
   * @param notMeeting the plans not meeting it, by council type, alphabetically
   */
  public record CoverageRow(
      String id,
      String name,
      String theme,
      int plans,
      int meeting,
      List<String> byType,
      List<Group> notMeeting) {}

  /**
   * Plans of one council type.
   *
   * @param type the council type
   * @param labels the plans, alphabetically
   */
  public record Group(String type, List<String> labels) {}

  /**
   * One plan's specified spend.
   *
   * @param label the plan's label
   * @param figures its figures in each category of the table, or "not reported"
   */
  public record SpendRow(String label, List<String> figures) {}

  /**
   * A total within one financial year.
   *
   * @param category the category
   * @param year the financial year
   * @param total the total
   * @param plans how many plans it adds
   */
  public record TotalRow(String category, String year, String total, int plans) {}

  /**
   * One category of barrier.
   *
   * @param category the category
   * @param plans how many plans raise one
   * @param barriers how many barriers in all
   * @param asks the asks, by how many plans make them
   */
  public record BarrierRow(String category, int plans, int barriers, List<AskRow> asks) {}

  /**
   * One ask, however worded.
   *
   * @param ask the wording shown
   * @param plans how many plans make it
   * @param mentions how many times it is made
   */
  public record AskRow(String ask, int plans, int mentions) {}

  /**
   * One KPI in use.
   *
   * @param name its name
   * @param source its source
   * @param metricId its id at the source, or empty
   * @param plans how many plans use it
   */
  public record KpiRow(String name, String source, String metricId, int plans) {}

  /**
   * An input that could not be read.
   *
   * @param source the input
   * @param problems its problems, each with its place and rule id
   */
  public record UnreadableRow(String source, List<String> problems) {}
}
