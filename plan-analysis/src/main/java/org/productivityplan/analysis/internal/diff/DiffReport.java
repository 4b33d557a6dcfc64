package org.productivityplan.analysis.internal.diff;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.productivityplan.analysis.Change;
import org.productivityplan.analysis.FindingChanges;
import org.productivityplan.analysis.PlanDiff;
import org.productivityplan.model.Finding;

/** Writes a {@link PlanDiff} as text and as JSON (format 1.0, docs/plan-diff-1.0.schema.json). */
public final class DiffReport {

  /** The version of the JSON format. */
  public static final String FORMAT_VERSION = "1.0";

  private static final String ABSENT = "(absent)";

  private DiffReport() {}

  /**
   * Writes the differences as text: a summary line, then each element that changed with its
   * changes below it, then the findings that appeared and were resolved.
   *
   * @param diff the differences
   * @param older the older version's name
   * @param newer the newer version's name
   * @param elementId the element id of a finding, or the empty string
   * @return the text
   */
  public static String text(
      PlanDiff diff, String older, String newer, Function<Finding, String> elementId) {
    StringBuilder out = new StringBuilder();
    out.append(printable(older)).append(" -> ").append(printable(newer)).append(": ");
    if (diff.isEmpty()) {
      out.append("no changes\n");
    } else {
      out.append(diff.changes().size())
          .append(diff.changes().size() == 1 ? " change (" : " changes (")
          .append(diff.count(Change.Kind.ADDED))
          .append(" added, ")
          .append(diff.count(Change.Kind.REMOVED))
          .append(" removed, ")
          .append(diff.count(Change.Kind.RENAMED))
          .append(" renamed, ")
          .append(diff.count(Change.Kind.CHANGED))
          .append(" changed)\n");
    }
    String heading = null;
    for (Change change : diff.changes()) {
      String next = heading(change);
      if (!next.equals(heading)) {
        out.append('\n').append(next).append('\n');
        heading = next;
      }
      out.append("  ").append(line(change)).append('\n');
    }
    FindingChanges findings = diff.findings();
    out.append("\nFindings: ")
        .append(findings.newFindings().size())
        .append(" new, ")
        .append(findings.resolved().size())
        .append(" resolved, ")
        .append(findings.remaining().size())
        .append(" remaining\n");
    findings(out, "new", findings.newFindings(), elementId);
    findings(out, "resolved", findings.resolved(), elementId);
    return out.toString();
  }

  private static String heading(Change change) {
    if (change.element() == Change.Element.PLAN) {
      return "plan";
    }
    StringBuilder heading =
        new StringBuilder(change.element().label()).append(' ').append(printable(change.id()));
    change
        .parentId()
        .ifPresent(
            parent ->
                heading
                    .append(" (")
                    .append(parent(change.element()))
                    .append(' ')
                    .append(printable(parent))
                    .append(')'));
    return heading.toString();
  }

  private static String parent(Change.Element element) {
    switch (element) {
      case MILESTONE:
        return "project";
      case ASK:
        return "barrier";
      default:
        return "KPI";
    }
  }

  private static String line(Change change) {
    switch (change.kind()) {
      case ADDED:
        return "+ added" + change.newValue().map(v -> ": " + printable(v)).orElse("");
      case REMOVED:
        return "- removed" + change.oldValue().map(v -> ": " + printable(v)).orElse("");
      case RENAMED:
        return "> renamed to " + printable(change.newValue().orElse(""));
      default:
        StringBuilder line =
            new StringBuilder("~ ")
                .append(printable(change.field().orElse("")))
                .append(": ")
                .append(printable(change.oldValue().orElse(ABSENT)))
                .append(" -> ")
                .append(printable(change.newValue().orElse(ABSENT)));
        if (change.event().isPresent() || change.difference().isPresent()) {
          line.append(" (");
          change.event().ifPresent(e -> line.append(e.label()));
          change
              .difference()
              .ifPresent(
                  d -> {
                    line.append(change.event().isPresent() ? ": " : "")
                        .append(d.isNegative() ? "-" : "+")
                        .append(d.currency())
                        .append(' ')
                        .append(d.amount().abs().toPlainString());
                    change
                        .percent()
                        .ifPresent(
                            p ->
                                line.append(", ")
                                    .append(p.signum() < 0 ? "" : "+")
                                    .append(p.toPlainString())
                                    .append('%'));
                  });
          line.append(')');
        }
        return line.toString();
    }
  }

  private static void findings(
      StringBuilder out, String label, List<Finding> list, Function<Finding, String> elementId) {
    for (Finding finding : list) {
      out.append("  ")
          .append(label)
          .append(": ")
          .append(finding.ruleId())
          .append(' ')
          .append(finding.severity().code());
      String id = elementId.apply(finding);
      if (!id.isEmpty()) {
        out.append(" [").append(printable(id)).append(']');
      }
      if (!finding.pointer().isEmpty()) {
        out.append(' ').append(printable(finding.pointer()));
      }
      out.append(": ").append(printable(finding.message())).append('\n');
    }
  }

  /**
   * Writes the differences as JSON.
   *
   * @param diff the differences
   * @param older the older version's name
   * @param newer the newer version's name
   * @param elementId the element id of a finding, or the empty string
   * @return the JSON text
   */
  public static String json(
      PlanDiff diff, String older, String newer, Function<Finding, String> elementId) {
    return JsonText.write(
        json -> {
          json.writeStartObject();
          json.writeStringField("formatVersion", FORMAT_VERSION);
          json.writeStringField("older", older);
          json.writeStringField("newer", newer);
          json.writeBooleanField("changed", !diff.isEmpty());
          json.writeObjectFieldStart("counts");
          for (Change.Kind kind : Change.Kind.values()) {
            json.writeNumberField(kind.code(), diff.count(kind));
          }
          json.writeEndObject();
          json.writeArrayFieldStart("changes");
          for (Change change : diff.changes()) {
            change(json, change);
          }
          json.writeEndArray();
          FindingChanges findings = diff.findings();
          json.writeObjectFieldStart("findings");
          findingList(json, "new", findings.newFindings(), elementId);
          findingList(json, "resolved", findings.resolved(), elementId);
          findingList(json, "remaining", findings.remaining(), elementId);
          json.writeEndObject();
          json.writeEndObject();
        });
  }

  private static void change(JsonGenerator json, Change change) throws IOException {
    json.writeStartObject();
    json.writeStringField("change", change.kind().code());
    json.writeStringField("element", change.element().code());
    if (change.element() != Change.Element.PLAN) {
      json.writeStringField("id", change.id());
    }
    optional(json, "parentId", change.parentId());
    optional(json, "field", change.field());
    optional(json, "old", change.oldValue());
    optional(json, "new", change.newValue());
    optional(json, "event", change.event().map(Change.Event::code));
    if (change.difference().isPresent()) {
      json.writeObjectFieldStart("difference");
      json.writeNumberField("pounds", change.difference().get().amount());
      if (change.percent().isPresent()) {
        json.writeNumberField("percent", change.percent().get());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void findingList(
      JsonGenerator json, String name, List<Finding> findings, Function<Finding, String> elementId)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (Finding finding : findings) {
      json.writeStartObject();
      json.writeStringField("ruleId", finding.ruleId());
      json.writeStringField("severity", finding.severity().code());
      String id = elementId.apply(finding);
      if (!id.isEmpty()) {
        json.writeStringField("elementId", id);
      }
      json.writeStringField("pointer", finding.pointer());
      json.writeStringField("message", finding.message());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void optional(JsonGenerator json, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
    }
  }

  private static String printable(String text) {
    return Finding.printable(Objects.requireNonNull(text));
  }
}
