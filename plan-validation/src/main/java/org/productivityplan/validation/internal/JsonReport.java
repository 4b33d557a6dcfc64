package org.productivityplan.validation.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.BaselineState;
import org.productivityplan.validation.RuleInfo;
import org.productivityplan.validation.ValidationConfig;
import org.productivityplan.validation.ValidationReport;

/**
 * The JSON report format, documented in {@code docs/validation.md}. Fields are always written in
 * the same order; an absent optional value is omitted, never written as null.
 */
public final class JsonReport {

  /** The version of the report format; it changes only when a field is removed or changes type. */
  public static final String FORMAT_VERSION = "1.0";

  private JsonReport() {}

  /**
   * Writes reports.
   *
   * @param reports the reports
   * @return the JSON text
   */
  public static String reports(List<ValidationReport> reports) {
    return Json.write(
        json -> {
          json.writeStartObject();
          json.writeStringField("formatVersion", FORMAT_VERSION);
          json.writeArrayFieldStart("reports");
          for (ValidationReport report : reports) {
            report(json, report);
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  /**
   * Writes one report as one line: the object that {@link #reports} writes in its array, without
   * whitespace, then a newline, for JSON Lines.
   *
   * @param report the report
   * @return the line
   */
  public static String reportLine(ValidationReport report) {
    return Json.writeLine(json -> report(json, report));
  }

  private static void report(JsonGenerator json, ValidationReport report) throws IOException {
    json.writeStartObject();
    optional(json, "source", report.source());
    optional(json, "council", report.council());
    optional(json, "title", report.title());
    optional(json, "profile", report.profile());
    json.writeBooleanField("valid", report.isValid());
    json.writeBooleanField("complete", report.isComplete());
    json.writeObjectFieldStart("counts");
    for (Severity severity : Severity.values()) {
      json.writeNumberField(severity.code(), report.count(severity));
    }
    json.writeEndObject();
    json.writeObjectFieldStart("countsByTheme");
    for (Map.Entry<Theme, Integer> entry : report.countsByTheme().entrySet()) {
      json.writeNumberField(entry.getKey().code(), entry.getValue());
    }
    json.writeEndObject();
    json.writeNumberField("totalFindings", report.totalFindings());
    json.writeBooleanField("truncated", report.isTruncated());
    json.writeNumberField("suppressed", report.suppressedCount());
    json.writeArrayFieldStart("erroredRules");
    for (String id : report.erroredRules()) {
      json.writeString(id);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("unusedSuppressions");
    for (ValidationConfig.Suppression suppression : report.unusedSuppressions()) {
      json.writeStartObject();
      json.writeStringField("rule", suppression.ruleId());
      optional(json, "pointer", suppression.pointer());
      optional(json, "elementId", suppression.elementId().map(MessageTemplate::quote));
      json.writeStringField("justification", suppression.justification());
      optional(json, "source", suppression.source());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("findings");
    for (Finding finding : report.findings()) {
      finding(json, finding, report.baselineState(finding));
    }
    json.writeEndArray();
    if (report.hasBaseline()) {
      json.writeObjectFieldStart("newCounts");
      for (Severity severity : Severity.values()) {
        json.writeNumberField(severity.code(), report.newCount(severity));
      }
      json.writeEndObject();
      json.writeArrayFieldStart("absentFindings");
      for (Finding finding : report.absentFindings()) {
        finding(json, finding, Optional.of(BaselineState.ABSENT));
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void finding(JsonGenerator json, Finding finding, Optional<BaselineState> state)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", finding.ruleId());
    json.writeStringField("severity", finding.severity().code());
    json.writeStringField("message", finding.message());
    json.writeStringField("messageKey", finding.messageKey());
    json.writeArrayFieldStart("arguments");
    for (String argument : finding.arguments()) {
      json.writeString(argument);
    }
    json.writeEndArray();
    json.writeStringField("pointer", finding.pointer());
    if (finding.line().isPresent()) {
      json.writeNumberField("line", finding.line().get());
    }
    if (finding.column().isPresent()) {
      json.writeNumberField("column", finding.column().get());
    }
    if (finding.theme().isPresent()) {
      json.writeStringField("theme", finding.theme().get().code());
    }
    optional(json, "causedBy", finding.causedBy());
    optional(json, "guidance", finding.guidance());
    optional(json, "elementId", finding.elementId().map(MessageTemplate::quote));
    json.writeStringField("fingerprint", finding.fingerprint());
    if (state.isPresent()) {
      json.writeStringField("baselineState", state.get().code());
    }
    json.writeEndObject();
  }

  /**
   * Writes a rule catalogue.
   *
   * @param rules the rules
   * @return the JSON text
   */
  public static String rules(List<RuleInfo> rules) {
    return Json.write(
        json -> {
          json.writeStartObject();
          json.writeStringField("formatVersion", FORMAT_VERSION);
          json.writeArrayFieldStart("rules");
          for (RuleInfo rule : rules) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeStringField("name", rule.name());
            json.writeStringField("summary", rule.summary());
            json.writeStringField("category", Names.code(rule.category()));
            json.writeStringField("severity", rule.defaultSeverity().code());
            if (rule.theme().isPresent()) {
              json.writeStringField("theme", rule.theme().get().code());
            }
            json.writeStringField("guidance", rule.guidance());
            json.writeStringField("rationale", rule.rationale());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  private static void optional(JsonGenerator json, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
    }
  }
}
