package org.productivityplan.validation;

import java.util.List;
import java.util.Objects;
import org.productivityplan.validation.internal.JsonReport;
import org.productivityplan.validation.internal.SarifReport;
import org.productivityplan.validation.internal.TextReport;

/**
 * Renders reports and rule catalogues: as text for people, as the stable JSON documented in {@code
 * docs/validation.md}, and as SARIF 2.1.0 for code-scanning tools.
 *
 * <p>Every method is a pure function of its arguments; the output is deterministic (same input,
 * same bytes), uses {@code \n} line ends and ends with a newline. Stateless and thread-safe.
 */
public final class Reports {

  private Reports() {}

  /**
   * Renders reports as text for people: a verdict line per plan, then its findings grouped by theme
   * (then "general"), each with severity, rule id, message and place.
   *
   * @param reports the reports
   * @param colour whether to colour severities with ANSI escapes
   * @return the text
   */
  public static String toText(List<ValidationReport> reports, boolean colour) {
    return TextReport.reports(Objects.requireNonNull(reports, "reports"), colour);
  }

  /**
   * Renders reports as JSON: {@code {"reports":[...]}}, in the shape documented in {@code
   * docs/validation.md}.
   *
   * @param reports the reports
   * @return the JSON text, two-space indented
   */
  public static String toJson(List<ValidationReport> reports) {
    return JsonReport.reports(Objects.requireNonNull(reports, "reports"));
  }

  /**
   * Renders one report as one line of JSON Lines: the same object as an element of {@link
   * #toJson}'s {@code "reports"} array, on one line without whitespace, then {@code \n}. For
   * streaming many plans, one report at a time, in constant memory.
   *
   * @param report the report
   * @return the line, ending with a newline
   */
  public static String toJsonLine(ValidationReport report) {
    return JsonReport.reportLine(Objects.requireNonNull(report, "report"));
  }

  /**
   * Renders reports as one SARIF 2.1.0 log with one run: the tool's rules (those given, and the
   * ids of other findings), and one result per finding, with the report's source as artifact,
   * line and column where known, and the JSON Pointer as logical location.
   *
   * @param reports the reports
   * @param rules the rules that ran, such as {@link PlanValidator#rules()}
   * @return the SARIF JSON text
   */
  public static String toSarif(List<ValidationReport> reports, List<RuleInfo> rules) {
    return SarifReport.log(
        Objects.requireNonNull(reports, "reports"), Objects.requireNonNull(rules, "rules"));
  }

  /**
   * Renders a rule catalogue as JSON: {@code {"rules":[{"id":..,"name":..,...}]}}.
   *
   * @param rules the rules
   * @return the JSON text
   */
  public static String rulesToJson(List<RuleInfo> rules) {
    return JsonReport.rules(Objects.requireNonNull(rules, "rules"));
  }

  /**
   * Renders a rule catalogue as text: one line per rule with id, severity, name, summary, category
   * and guidance reference.
   *
   * @param rules the rules
   * @return the text
   */
  public static String rulesToText(List<RuleInfo> rules) {
    return TextReport.rules(Objects.requireNonNull(rules, "rules"));
  }
}
