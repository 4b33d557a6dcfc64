package org.productivityplan.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.report.internal.ReportModels;
import org.productivityplan.report.internal.Templates;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.RuleInfo;
import org.productivityplan.validation.ValidationReport;

/**
 * A plan's report as one self-contained HTML page that a councillor or member of the public can
 * read: the verdict, a scorecard of the guidance's four themes and of monitoring, governance and
 * context, the plan's figures as charts and tables, and the findings grouped by theme, each with
 * why it matters and what would satisfy it.
 *
 * <p>The page needs nothing else: its style sheet and charts (SVG) are inline, it has no script,
 * and its Content-Security-Policy forbids every fetch. Every text from the plan is escaped, and
 * invisible control characters are shown as escapes, so a plan cannot put markup or script in the
 * page. It prints on A4.
 *
 * <pre>{@code
 * ValidationReport report = PlanValidator.standard().validate(plan);
 * HtmlReport.standard().render(plan, report, Path.of("report.html"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlReport {

  private static final HtmlReport STANDARD = new HtmlReport(PlanValidator.standard().rules());

  private final Map<String, RuleInfo> rules;

  private HtmlReport(List<RuleInfo> rules) {
    Map<String, RuleInfo> byId = new LinkedHashMap<>();
    for (RuleInfo rule : rules) {
      byId.put(rule.id(), Objects.requireNonNull(rule, "a rule is null"));
    }
    this.rules = Map.copyOf(byId);
  }

  /**
   * Returns the report that explains findings by the rules of the standard profile {@code
   * dluhc-2024}.
   *
   * @return the standard report
   */
  public static HtmlReport standard() {
    return STANDARD;
  }

  /**
   * Returns a report that explains findings by the given rules, such as those of a validator with
   * another profile ({@link PlanValidator#rules()}). A finding of a rule not given is shown without
   * rationale and is listed with the plan's data unless it has a theme.
   *
   * @param rules the rules
   * @return the report
   */
  public static HtmlReport of(List<RuleInfo> rules) {
    return new HtmlReport(Objects.requireNonNull(rules, "rules"));
  }

  /**
   * Writes the page of a plan and its validation report.
   *
   * @param plan the plan
   * @param report the plan's validation report
   * @param out where to write the HTML; flushed, not closed
   * @throws IOException when writing fails
   */
  public void render(ProductivityPlan plan, ValidationReport report, Writer out)
      throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    Templates.render(ReportModels.of(plan, report, rules), out);
    out.flush();
  }

  /**
   * Writes the page of a plan and its validation report to a file in UTF-8, replacing it.
   *
   * @param plan the plan
   * @param report the plan's validation report
   * @param file the file
   * @throws IOException when the file cannot be written
   */
  public void render(ProductivityPlan plan, ValidationReport report, Path file)
      throws IOException {
    Objects.requireNonNull(file, "file");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      render(plan, report, out);
    }
  }

  /**
   * Returns the page of a plan and its validation report.
   *
   * @param plan the plan
   * @param report the plan's validation report
   * @return the HTML
   */
  public String toHtml(ProductivityPlan plan, ValidationReport report) {
    StringWriter out = new StringWriter(64 * 1024);
    try {
      render(plan, report, out);
    } catch (IOException e) {
      throw new IllegalStateException("A StringWriter does not fail", e);
    }
    return out.toString();
  }
}
