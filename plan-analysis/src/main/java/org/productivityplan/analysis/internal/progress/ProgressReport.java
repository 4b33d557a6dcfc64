package org.productivityplan.analysis.internal.progress;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import org.productivityplan.analysis.KpiProgress;
import org.productivityplan.analysis.KpiReading;
import org.productivityplan.analysis.MilestoneProgress;
import org.productivityplan.analysis.PlanProgress;
import org.productivityplan.analysis.ProgressStatus;
import org.productivityplan.analysis.internal.diff.JsonText;
import org.productivityplan.model.Finding;
import org.productivityplan.model.KpiValue;

/**
 * Writes a {@link PlanProgress} as text and as JSON (format 1.0,
 * docs/plan-progress-1.0.schema.json).
 */
public final class ProgressReport {

  /** The version of the JSON format. */
  public static final String FORMAT_VERSION = "1.0";

  private ProgressReport() {}

  /**
   * Writes the progress as text: each KPI with its readings and status, each project's
   * milestones, then a summary.
   *
   * @param progress the progress
   * @param name the plan's name
   * @return the text
   */
  public static String text(PlanProgress progress, String name) {
    StringBuilder out = new StringBuilder();
    out.append(printable(name)).append(": progress as of ").append(progress.asOf()).append('\n');
    out.append("\nKPIs (on track within ")
        .append(progress.thresholds().onTrack().toPlainString())
        .append(" points of the straight line from baseline to target, at risk within ")
        .append(progress.thresholds().atRisk().toPlainString())
        .append(")\n");
    if (progress.kpis().isEmpty()) {
      out.append("  none\n");
    }
    for (KpiProgress kpi : progress.kpis()) {
      out.append("  ").append(printable(kpi.kpiId())).append(": ").append(printable(kpi.name()));
      StringBuilder about = new StringBuilder();
      kpi.unit().ifPresent(u -> about.append(printable(u)));
      kpi.direction()
          .ifPresent(
              d -> about.append(about.length() == 0 ? "" : ", ").append(d.code()));
      if (about.length() > 0) {
        out.append(" (").append(about).append(')');
      }
      out.append('\n');
      out.append("    baseline ")
          .append(value(kpi.baseline()))
          .append(", target ")
          .append(value(kpi.target()))
          .append('\n');
      for (KpiReading reading : kpi.readings()) {
        out.append("    ").append(value(Optional.of(reading.measurement())));
        if (reading.shareAchieved().isPresent()) {
          out.append(": ")
              .append(reading.shareAchieved().get().toPlainString())
              .append("% of the way, ")
              .append(reading.shareExpected().orElseThrow().toPlainString())
              .append("% expected: ")
              .append(reading.status().label());
        }
        out.append('\n');
      }
      out.append("    status: ").append(kpi.status().label());
      kpi.reason().ifPresent(r -> out.append(" (").append(printable(r)).append(')'));
      out.append('\n');
    }
    out.append("\nMilestones\n");
    if (progress.milestones().isEmpty()) {
      out.append("  none\n");
    }
    String project = null;
    for (MilestoneProgress milestone : progress.milestones()) {
      if (!milestone.projectId().equals(project)) {
        project = milestone.projectId();
        out.append("  project ").append(printable(project)).append('\n');
      }
      out.append("    ")
          .append(String.format("%-9s", milestone.state().code()))
          .append(' ')
          .append(printable(milestone.milestoneId()))
          .append(milestone.due().map(d -> " (due " + d + ")").orElse(""))
          .append(": ")
          .append(printable(milestone.description()))
          .append('\n');
    }
    out.append("\nSummary: ")
        .append(progress.kpis().size())
        .append(progress.kpis().size() == 1 ? " KPI" : " KPIs");
    for (ProgressStatus status : ProgressStatus.values()) {
      out.append(status.ordinal() == 0 ? ": " : ", ")
          .append(progress.count(status))
          .append(' ')
          .append(status.label());
    }
    out.append("; ")
        .append(progress.milestones().size())
        .append(progress.milestones().size() == 1 ? " milestone" : " milestones");
    for (MilestoneProgress.State state : MilestoneProgress.State.values()) {
      out.append(state.ordinal() == 0 ? ": " : ", ")
          .append(progress.count(state))
          .append(' ')
          .append(state.code());
    }
    return out.append('\n').toString();
  }

  private static String value(Optional<KpiValue> value) {
    if (value.isEmpty()) {
      return "none";
    }
    return value.get().value().toPlainString()
        + value.get().period().map(p -> " (" + p + ")").orElse(" (no period)");
  }

  /**
   * Writes the progress as JSON.
   *
   * @param progress the progress
   * @param name the plan's name
   * @return the JSON text
   */
  public static String json(PlanProgress progress, String name) {
    return JsonText.write(
        json -> {
          json.writeStartObject();
          json.writeStringField("formatVersion", FORMAT_VERSION);
          json.writeStringField("plan", name);
          json.writeStringField("asOf", progress.asOf().toString());
          json.writeObjectFieldStart("thresholds");
          json.writeNumberField("onTrack", progress.thresholds().onTrack());
          json.writeNumberField("atRisk", progress.thresholds().atRisk());
          json.writeEndObject();
          json.writeArrayFieldStart("kpis");
          for (KpiProgress kpi : progress.kpis()) {
            kpi(json, kpi);
          }
          json.writeEndArray();
          json.writeArrayFieldStart("milestones");
          for (MilestoneProgress milestone : progress.milestones()) {
            json.writeStartObject();
            json.writeStringField("projectId", milestone.projectId());
            json.writeStringField("milestoneId", milestone.milestoneId());
            json.writeStringField("description", milestone.description());
            if (milestone.due().isPresent()) {
              json.writeStringField("due", milestone.due().get().toString());
            }
            if (milestone.status().isPresent()) {
              json.writeStringField("status", milestone.status().get().code());
            }
            json.writeStringField("state", milestone.state().code());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  private static void kpi(JsonGenerator json, KpiProgress kpi) throws IOException {
    json.writeStartObject();
    json.writeStringField("kpiId", kpi.kpiId());
    json.writeStringField("name", kpi.name());
    if (kpi.unit().isPresent()) {
      json.writeStringField("unit", kpi.unit().get());
    }
    if (kpi.direction().isPresent()) {
      json.writeStringField("direction", kpi.direction().get().code());
    }
    value(json, "baseline", kpi.baseline());
    value(json, "latest", kpi.latest());
    value(json, "target", kpi.target());
    number(json, "shareAchieved", kpi.shareAchieved());
    json.writeStringField("status", kpi.status().code());
    if (kpi.reason().isPresent()) {
      json.writeStringField("reason", kpi.reason().get());
    }
    json.writeArrayFieldStart("readings");
    for (KpiReading reading : kpi.readings()) {
      json.writeStartObject();
      valueFields(json, reading.measurement());
      number(json, "shareAchieved", reading.shareAchieved());
      number(json, "shareExpected", reading.shareExpected());
      json.writeStringField("status", reading.status().code());
      if (reading.reason().isPresent()) {
        json.writeStringField("reason", reading.reason().get());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void value(JsonGenerator json, String name, Optional<KpiValue> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeObjectFieldStart(name);
      valueFields(json, value.get());
      json.writeEndObject();
    }
  }

  private static void valueFields(JsonGenerator json, KpiValue value) throws IOException {
    json.writeNumberField("value", value.value());
    if (value.period().isPresent()) {
      json.writeStringField("period", value.period().get().toString());
    }
  }

  private static void number(JsonGenerator json, String name, Optional<BigDecimal> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeNumberField(name, value.get());
    }
  }

  private static String printable(String text) {
    return Finding.printable(text);
  }
}
