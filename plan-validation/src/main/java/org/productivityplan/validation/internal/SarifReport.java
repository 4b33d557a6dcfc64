package org.productivityplan.validation.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.BaselineState;
import org.productivityplan.validation.RuleInfo;
import org.productivityplan.validation.ValidationReport;

/**
 * Writes reports as a SARIF 2.1.0 log: one run of the tool {@code productivity-plan-sdk}, whose
 * driver lists the rules (stable id, distinct human name, descriptions, default level), and one
 * result per finding with its message text, a physical location (the report's source, with line and
 * column when known) and a logical location (the JSON Pointer).
 */
public final class SarifReport {

  /** The tool name in every log. */
  public static final String TOOL = "productivity-plan-sdk";

  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** The project's address, as the root POM gives it. */
  private static final String INFORMATION_URI =
      "https://github.com/productivityplan/productivity-plan-sdk";

  private SarifReport() {}

  /**
   * Writes a log.
   *
   * @param reports the reports
   * @param rules the rules that ran
   * @return the SARIF JSON text
   */
  public static String log(List<ValidationReport> reports, List<RuleInfo> rules) {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    List<RuleInfo> descriptors = new ArrayList<>();
    for (RuleInfo rule : rules) {
      if (ruleIndex.putIfAbsent(rule.id(), ruleIndex.size()) == null) {
        descriptors.add(rule);
      }
    }
    TreeSet<String> others = new TreeSet<>();
    boolean successful = true;
    for (ValidationReport report : reports) {
      successful &= report.erroredRules().isEmpty();
      for (Finding finding : report.findings()) {
        if (!ruleIndex.containsKey(finding.ruleId())) {
          others.add(finding.ruleId());
        }
      }
      for (Finding finding : report.absentFindings()) {
        if (!ruleIndex.containsKey(finding.ruleId())) {
          others.add(finding.ruleId());
        }
      }
    }
    for (String id : others) {
      ruleIndex.put(id, ruleIndex.size());
    }
    boolean executionSuccessful = successful;
    return Json.write(
        json -> {
          json.writeStartObject();
          json.writeStringField("$schema", SCHEMA);
          json.writeStringField("version", "2.1.0");
          json.writeArrayFieldStart("runs");
          json.writeStartObject();
          json.writeObjectFieldStart("tool");
          json.writeObjectFieldStart("driver");
          json.writeStringField("name", TOOL);
          json.writeStringField("informationUri", INFORMATION_URI);
          json.writeArrayFieldStart("rules");
          for (RuleInfo rule : descriptors) {
            rule(json, rule);
          }
          for (String id : others) {
            otherRule(json, id);
          }
          json.writeEndArray();
          json.writeEndObject();
          json.writeEndObject();
          json.writeArrayFieldStart("invocations");
          json.writeStartObject();
          json.writeBooleanField("executionSuccessful", executionSuccessful);
          json.writeEndObject();
          json.writeEndArray();
          json.writeArrayFieldStart("results");
          for (ValidationReport report : reports) {
            for (Finding finding : report.findings()) {
              result(
                  json,
                  report,
                  finding,
                  ruleIndex.get(finding.ruleId()),
                  report.baselineState(finding));
            }
            for (Finding finding : report.absentFindings()) {
              result(
                  json,
                  report,
                  finding,
                  ruleIndex.get(finding.ruleId()),
                  Optional.of(BaselineState.ABSENT));
            }
          }
          json.writeEndArray();
          json.writeEndObject();
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  private static void rule(JsonGenerator json, RuleInfo rule) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", rule.id());
    json.writeStringField("name", rule.name());
    text(json, "shortDescription", rule.summary());
    text(json, "fullDescription", rule.rationale());
    json.writeObjectFieldStart("defaultConfiguration");
    json.writeStringField("level", level(rule.defaultSeverity()));
    json.writeEndObject();
    json.writeObjectFieldStart("properties");
    json.writeStringField("category", Names.code(rule.category()));
    json.writeStringField("guidance", rule.guidance());
    if (rule.theme().isPresent()) {
      json.writeStringField("theme", rule.theme().get().code());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void otherRule(JsonGenerator json, String id) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", id);
    EngineIds engineId = EngineIds.of(id);
    if (engineId != null) {
      json.writeStringField("name", engineId.ruleName());
      text(json, "shortDescription", engineId.summary());
      json.writeObjectFieldStart("defaultConfiguration");
      json.writeStringField("level", level(engineId.severity()));
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /**
   * The name of the partial fingerprint: rule id, element id and pointer relative to the element
   * ({@link Finding#fingerprint()}), versioned as SARIF asks.
   */
  static final String FINGERPRINT = "productivityPlanFinding/v1";

  private static void result(
      JsonGenerator json,
      ValidationReport report,
      Finding finding,
      int ruleIndex,
      Optional<BaselineState> state)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", finding.ruleId());
    json.writeNumberField("ruleIndex", ruleIndex);
    json.writeStringField("level", level(finding.severity()));
    if (state.isPresent()) {
      json.writeStringField("baselineState", state.get().code());
    }
    text(json, "message", finding.message());
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    String uri = report.source().map(SarifReport::uri).orElse(null);
    if (uri != null) {
      json.writeObjectFieldStart("physicalLocation");
      json.writeObjectFieldStart("artifactLocation");
      json.writeStringField("uri", uri);
      json.writeEndObject();
      if (finding.line().isPresent()) {
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", finding.line().get());
        if (finding.column().isPresent()) {
          json.writeNumberField("startColumn", finding.column().get());
        }
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeArrayFieldStart("logicalLocations");
    json.writeStartObject();
    json.writeStringField("fullyQualifiedName", finding.pointer());
    json.writeStringField("kind", "element");
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField(FINGERPRINT, finding.fingerprint());
    json.writeEndObject();
    json.writeObjectFieldStart("properties");
    json.writeStringField("pointer", finding.pointer());
    if (finding.causedBy().isPresent()) {
      json.writeStringField("causedBy", finding.causedBy().get());
    }
    if (finding.elementId().isPresent()) {
      json.writeStringField("elementId", MessageTemplate.quote(finding.elementId().get()));
    }
    if (finding.guidance().isPresent()) {
      json.writeStringField("guidance", finding.guidance().get());
    }
    if (!finding.arguments().isEmpty()) {
      json.writeArrayFieldStart("arguments");
      for (String argument : finding.arguments()) {
        json.writeString(argument);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void text(JsonGenerator json, String field, String text) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  private static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  /**
   * Turns a report's source into a URI reference relative to the working directory, the base a
   * code-scanning tool resolves it against: a relative path as it is, an absolute path relativized
   * (a {@code file:} URI only when it is on another root), each segment percent-encoded, and a
   * colon always encoded, so that no file name (such as {@code javascript:/alert(1).json}) is ever
   * read as a URI of its own scheme. Backslashes count as separators.
   */
  static @Nullable String uri(String source) {
    Path path;
    try {
      path = Path.of(source.replace('\\', '/'));
    } catch (InvalidPathException e) {
      return null;
    }
    if (path.isAbsolute()) {
      try {
        path = Path.of("").toAbsolutePath().relativize(path.normalize());
      } catch (IllegalArgumentException e) {
        return path.toUri().toASCIIString();
      }
    }
    StringBuilder uri = new StringBuilder();
    for (Path name : path) {
      if (uri.length() > 0) {
        uri.append('/');
      }
      for (byte b : name.toString().getBytes(StandardCharsets.UTF_8)) {
        char c = (char) (b & 0xFF);
        if ((c >= 'a' && c <= 'z')
            || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9')
            || "-._~!$&'()*+,;=@".indexOf(c) >= 0) {
          uri.append(c);
        } else {
          uri.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
              .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
      }
    }
    return uri.toString();
  }

}
