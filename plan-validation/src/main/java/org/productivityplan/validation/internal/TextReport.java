package org.productivityplan.validation.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.BaselineState;
import org.productivityplan.validation.RuleInfo;
import org.productivityplan.validation.ValidationReport;

/** Renders reports and rule catalogues as text for people. */
public final class TextReport {

  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";

  private TextReport() {}

  /**
   * Renders reports.
   *
   * @param reports the reports
   * @param colour whether to use ANSI colours
   * @return the text
   */
  public static String reports(List<ValidationReport> reports, boolean colour) {
    StringBuilder out = new StringBuilder();
    int invalid = 0;
    int incomplete = 0;
    for (ValidationReport report : reports) {
      if (!report.isValid()) {
        invalid++;
      } else if (!report.isComplete()) {
        incomplete++;
      }
      report(out, report, colour);
    }
    if (reports.size() > 1) {
      out.append(reports.size())
          .append(" plans: ")
          .append(invalid)
          .append(" not valid, ")
          .append(incomplete)
          .append(" valid but incomplete, ")
          .append(reports.size() - invalid - incomplete)
          .append(" complete\n");
    }
    return out.toString();
  }

  private static void report(StringBuilder out, ValidationReport report, boolean colour) {
    out.append(bold(Finding.printable(heading(report)), colour)).append(": ");
    String verdict =
        !report.isValid()
            ? "NOT VALID"
            : !report.isComplete() ? "valid but incomplete" : "complete";
    Severity verdictSeverity =
        !report.isValid() ? Severity.ERROR : !report.isComplete() ? Severity.WARNING : null;
    out.append(verdictSeverity == null ? verdict : paint(verdict, verdictSeverity, colour));
    out.append(" (")
        .append(plural(report.count(Severity.ERROR), "error"))
        .append(", ")
        .append(plural(report.count(Severity.WARNING), "warning"))
        .append(", ")
        .append(report.count(Severity.INFO))
        .append(" info");
    if (report.suppressedCount() > 0) {
      out.append(", ").append(report.suppressedCount()).append(" suppressed");
    }
    out.append(")\n");
    Map<Theme, List<Finding>> byTheme = new EnumMap<>(Theme.class);
    List<Finding> general = new ArrayList<>();
    for (Finding finding : report.findings()) {
      Optional<Theme> theme = finding.theme();
      if (theme.isPresent()) {
        byTheme.computeIfAbsent(theme.get(), t -> new ArrayList<>()).add(finding);
      } else {
        general.add(finding);
      }
    }
    for (Map.Entry<Theme, List<Finding>> group : byTheme.entrySet()) {
      Theme theme = group.getKey();
      out.append("  Theme ").append(theme.number()).append(": ").append(theme.title()).append('\n');
      findings(out, report, group.getValue(), colour);
    }
    if (!general.isEmpty()) {
      out.append("  General\n");
      findings(out, report, general, colour);
    }
    if (report.hasBaseline()) {
      int fresh = 0;
      for (Severity severity : Severity.values()) {
        fresh += report.newCount(severity);
      }
      out.append("  Since the baseline: ")
          .append(fresh)
          .append(" new, ")
          .append(report.totalFindings() - fresh)
          .append(" unchanged, ")
          .append(report.absentFindings().size())
          .append(" absent (fixed)\n");
      for (Finding finding : report.absentFindings()) {
        out.append("    absent  ")
            .append(finding.ruleId())
            .append("  ")
            .append(Finding.printable(finding.message()));
        String place = place(finding);
        if (!place.isEmpty()) {
          out.append("  [").append(place).append(']');
        }
        out.append('\n');
      }
    }
    if (report.isTruncated()) {
      out.append("  (showing ")
          .append(report.findings().size())
          .append(" of ")
          .append(report.totalFindings())
          .append(" findings)\n");
    }
  }

  private static String heading(ValidationReport report) {
    StringBuilder heading = new StringBuilder(report.source().orElse("plan"));
    if (report.council().isPresent() || report.title().isPresent()) {
      heading.append(" (");
      report.council().ifPresent(heading::append);
      if (report.council().isPresent() && report.title().isPresent()) {
        heading.append(", ");
      }
      report.title().ifPresent(t -> heading.append('"').append(t).append('"'));
      heading.append(')');
    }
    return heading.toString();
  }

  /**
   * Writes a group's findings, each consequence ({@link Finding#causedBy()}) indented under the
   * first finding of its root cause when that is in the group.
   */
  private static void findings(
      StringBuilder out, ValidationReport report, List<Finding> findings, boolean colour) {
    Set<String> causes = new HashSet<>();
    for (Finding finding : findings) {
      if (finding.causedBy().isEmpty()) {
        causes.add(finding.ruleId());
      }
    }
    Set<String> detailed = new HashSet<>();
    for (Finding finding : findings) {
      if (finding.causedBy().filter(causes::contains).isPresent()) {
        continue;
      }
      finding(out, report, finding, "    ", colour);
      if (detailed.add(finding.ruleId())) {
        for (Finding consequence : findings) {
          if (consequence.causedBy().filter(finding.ruleId()::equals).isPresent()) {
            finding(out, report, consequence, "      ", colour);
          }
        }
      }
    }
  }

  private static void finding(
      StringBuilder out, ValidationReport report, Finding finding, String indent, boolean colour) {
    String severity = String.format(Locale.ROOT, "%-7s", finding.severity().code());
    out.append(indent)
        .append(paint(severity, finding.severity(), colour))
        .append(' ')
        .append(finding.ruleId())
        .append("  ")
        .append(Finding.printable(finding.message()));
    if (report.baselineState(finding).filter(BaselineState.NEW::equals).isPresent()) {
      out.append("  (new)");
    }
    String place = place(finding);
    if (!place.isEmpty()) {
      out.append("  [").append(place).append(']');
    }
    out.append('\n');
  }

  private static String place(Finding finding) {
    StringBuilder place = new StringBuilder();
    if (!finding.pointer().isEmpty()) {
      place.append(Finding.printable(finding.pointer()));
    }
    if (finding.elementId().isPresent()) {
      if (place.length() > 0) {
        place.append(", ");
      }
      place
          .append("element ")
          .append(Finding.printable(MessageTemplate.quote(finding.elementId().get())));
    }
    if (finding.line().isPresent()) {
      if (place.length() > 0) {
        place.append(", ");
      }
      place.append("line ").append(finding.line().get());
      finding.column().ifPresent(c -> place.append(':').append(c));
    }
    return place.toString();
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static String bold(String text, boolean colour) {
    return colour ? BOLD + text + RESET : text;
  }

  private static String paint(String text, Severity severity, boolean colour) {
    if (!colour) {
      return text;
    }
    String code;
    switch (severity) {
      case ERROR:
        code = "\u001B[31m";
        break;
      case WARNING:
        code = "\u001B[33m";
        break;
      default:
        code = "\u001B[36m";
        break;
    }
    return code + text + RESET;
  }

  /**
   * Renders a rule catalogue: one line per rule, with its id, severity, name, summary, category and
   * guidance reference.
   *
   * @param rules the rules
   * @return the text
   */
  public static String rules(List<RuleInfo> rules) {
    StringBuilder out = new StringBuilder();
    int nameWidth = 4;
    for (RuleInfo rule : rules) {
      nameWidth = Math.max(nameWidth, rule.name().length());
    }
    for (RuleInfo rule : rules) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-6s %-7s %-" + nameWidth + "s  %s  (%s; %s)%n",
              rule.id(),
              rule.defaultSeverity().code(),
              rule.name(),
              rule.summary(),
              Names.title(rule.category()),
              rule.guidance()));
    }
    return out.toString().replace("\r\n", "\n");
  }
}
