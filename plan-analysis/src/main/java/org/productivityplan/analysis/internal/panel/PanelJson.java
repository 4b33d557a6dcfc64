package org.productivityplan.analysis.internal.panel;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.productivityplan.analysis.PanelSummary;
import org.productivityplan.analysis.internal.diff.JsonText;
import org.productivityplan.analysis.PanelSummary.AskGroup;
import org.productivityplan.analysis.PanelSummary.BarrierGroup;
import org.productivityplan.analysis.PanelSummary.Coverage;
import org.productivityplan.analysis.PanelSummary.EndorsementState;
import org.productivityplan.analysis.PanelSummary.KpiUse;
import org.productivityplan.analysis.PanelSummary.PlanEntry;
import org.productivityplan.analysis.PanelSummary.PublicationState;
import org.productivityplan.analysis.PanelSummary.SpendFigure;
import org.productivityplan.analysis.PanelSummary.SpendTotal;
import org.productivityplan.analysis.PanelSummary.TypeCount;
import org.productivityplan.analysis.PanelSummary.Unreadable;
import org.productivityplan.model.Coded;
import org.productivityplan.model.CouncilType;
import org.productivityplan.model.Finding;
import org.productivityplan.model.PlanStatus;

/**
 * The JSON rendering of a panel summary, per {@code docs/panel-summary-1.0.schema.json}: two-space
 * indent, {@code "key": value}, fields in a fixed order, absent values left out.
 */
public final class PanelJson {

  private final JsonGenerator json;

  private PanelJson(JsonGenerator json) {
    this.json = json;
  }

  /**
   * Renders a summary.
   *
   * @param summary the summary
   * @return the JSON text, ending with a newline
   */
  public static String render(PanelSummary summary) {
    return JsonText.write(json -> new PanelJson(json).write(summary));
  }

  /**
   * Writes a summary as it goes, never holding the whole document.
   *
   * @param summary the summary
   * @param out where to write; flushed, not closed
   * @throws IOException when the writer fails
   */
  public static void write(PanelSummary summary, Writer out) throws IOException {
    JsonText.write(json -> new PanelJson(json).write(summary), out);
  }

  /** The code of a state, as the JSON writes it. */
  static String code(EndorsementState state) {
    return Coded.toCode(state.name());
  }

  /** The code of a state, as the JSON writes it. */
  static String code(PublicationState state) {
    return Coded.toCode(state.name());
  }

  private void write(PanelSummary summary) throws IOException {
    List<PlanEntry> plans = summary.plans();
    json.writeStartObject();
    json.writeStringField("panelSummaryVersion", PanelSummary.SCHEMA_VERSION);
    json.writeNumberField("inputs", summary.inputs());
    json.writeNumberField("plans", plans.size());
    json.writeNumberField("valid", plans.stream().filter(PlanEntry::valid).count());
    json.writeNumberField("complete", plans.stream().filter(PlanEntry::complete).count());
    json.writeNumberField("truncatedReports", summary.truncatedReports());
    Map<String, Integer> types = new LinkedHashMap<>();
    for (CouncilType type : CouncilType.values()) {
      types.put(type.code(), 0);
    }
    types.put("notKnown", 0);
    counts("plansByCouncilType", plans, p -> p.type() == null ? "notKnown" : p.type().code(), types);
    Map<String, Integer> statuses = new LinkedHashMap<>();
    for (PlanStatus status : PlanStatus.values()) {
      statuses.put(status.code(), 0);
    }
    statuses.put("notStated", 0);
    counts("plansByStatus", plans, p -> p.status() == null ? "notStated" : p.status().code(), statuses);
    Map<String, Integer> endorsements = new LinkedHashMap<>();
    for (EndorsementState state : EndorsementState.values()) {
      endorsements.put(code(state), 0);
    }
    counts("plansByEndorsement", plans, p -> code(p.endorsement()), endorsements);
    Map<String, Integer> publications = new LinkedHashMap<>();
    for (PublicationState state : PublicationState.values()) {
      publications.put(code(state), 0);
    }
    counts("plansByPublication", plans, p -> code(p.publication()), publications);
    writePageCounts(plans);
    json.writeArrayFieldStart("councils");
    for (PlanEntry plan : plans) {
      writePlan(plan);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("themes");
    for (Coverage theme : summary.themes()) {
      writeCoverage(theme);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("rules");
    for (Coverage rule : summary.rules()) {
      writeCoverage(rule);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("spendTotals");
    for (SpendTotal total : summary.spendTotals()) {
      json.writeStartObject();
      json.writeStringField("category", total.category().code());
      json.writeStringField("financialYear", total.financialYear().toString());
      json.writeNumberField("total", total.total().amount());
      json.writeNumberField("plans", total.plans());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("barriers");
    for (BarrierGroup group : summary.barriers()) {
      writeBarriers(group);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("kpis");
    for (KpiUse kpi : summary.kpis()) {
      json.writeStartObject();
      optional("source", kpi.source() == null ? null : kpi.source().code());
      optional("metricId", kpi.metricId());
      json.writeStringField("name", kpi.name());
      json.writeNumberField("plans", kpi.plans());
      json.writeEndObject();
    }
    json.writeEndArray();
    labels("plansWithoutKpis", summary.plansWithoutKpis());
    json.writeArrayFieldStart("unreadable");
    for (Unreadable input : summary.unreadable()) {
      writeUnreadable(input);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void counts(
      String field, List<PlanEntry> plans, Function<PlanEntry, String> code, Map<String, Integer> counts)
      throws IOException {
    for (PlanEntry plan : plans) {
      counts.merge(code.apply(plan), 1, Integer::sum);
    }
    json.writeObjectFieldStart(field);
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      json.writeNumberField(count.getKey(), count.getValue());
    }
    json.writeEndObject();
  }

  private void writePageCounts(List<PlanEntry> plans) throws IOException {
    List<Integer> pages = plans.stream().map(PlanEntry::pageCount).filter(p -> p != null).sorted().toList();
    json.writeObjectFieldStart("pageCounts");
    json.writeNumberField("stated", pages.size());
    if (!pages.isEmpty()) {
      json.writeNumberField("fewest", pages.get(0));
      json.writeNumberField("most", pages.get(pages.size() - 1));
    }
    json.writeEndObject();
  }

  private void writePlan(PlanEntry plan) throws IOException {
    json.writeStartObject();
    json.writeStringField("label", plan.label());
    json.writeStringField("council", plan.council());
    optional("gssCode", plan.gssCode());
    optional("councilType", plan.type() == null ? null : plan.type().code());
    json.writeStringField("source", plan.source());
    optional("status", plan.status() == null ? null : plan.status().code());
    json.writeStringField("endorsement", code(plan.endorsement()));
    json.writeStringField("publication", code(plan.publication()));
    if (plan.pageCount() != null) {
      json.writeNumberField("pageCount", plan.pageCount());
    }
    json.writeNumberField("kpis", plan.kpis());
    json.writeNumberField("barriers", plan.barriers());
    json.writeBooleanField("valid", plan.valid());
    json.writeBooleanField("complete", plan.complete());
    json.writeArrayFieldStart("spend");
    for (SpendFigure figure : plan.spend()) {
      json.writeStartObject();
      json.writeStringField("category", figure.category().code());
      optional("scope", figure.scope());
      optional("financialYear", figure.financialYear() == null ? null : figure.financialYear().toString());
      if (figure.amount() != null) {
        json.writeNumberField("amount", figure.amount().amount());
      }
      if (figure.shareOfPayBill() != null) {
        json.writeNumberField("shareOfPayBill", figure.shareOfPayBill().value());
      }
      if (figure.otherValue() != null) {
        json.writeObjectFieldStart("otherMeasure");
        json.writeNumberField("value", figure.otherValue());
        optional("unit", figure.otherUnit());
        json.writeEndObject();
      }
      json.writeBooleanField("reported", figure.hasFigure());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void writeCoverage(Coverage coverage) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", coverage.id());
    json.writeStringField("name", coverage.name());
    optional("theme", coverage.theme() == null ? null : coverage.theme().code());
    json.writeNumberField("plans", coverage.plans());
    json.writeNumberField("meeting", coverage.meeting());
    json.writeArrayFieldStart("byCouncilType");
    for (TypeCount count : coverage.byType()) {
      json.writeStartObject();
      json.writeStringField("councilType", count.type() == null ? "notKnown" : count.type().code());
      json.writeNumberField("plans", count.plans());
      json.writeNumberField("meeting", count.meeting());
      json.writeEndObject();
    }
    json.writeEndArray();
    labels("notMeeting", coverage.notMeeting());
    json.writeEndObject();
  }

  private void writeBarriers(BarrierGroup group) throws IOException {
    json.writeStartObject();
    optional("category", group.category() == null ? null : group.category().code());
    json.writeNumberField("plans", group.plans());
    json.writeNumberField("barriers", group.barriers());
    json.writeArrayFieldStart("asks");
    for (AskGroup ask : group.asks()) {
      json.writeStartObject();
      json.writeStringField("ask", ask.ask());
      json.writeStringField("key", ask.key());
      json.writeNumberField("plans", ask.plans());
      json.writeNumberField("mentions", ask.mentions());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void writeUnreadable(Unreadable input) throws IOException {
    json.writeStartObject();
    json.writeStringField("source", input.source());
    json.writeArrayFieldStart("problems");
    for (Finding problem : input.problems()) {
      json.writeStartObject();
      json.writeStringField("ruleId", problem.ruleId());
      json.writeStringField("severity", problem.severity().code());
      json.writeStringField("message", problem.message());
      json.writeStringField("pointer", problem.pointer());
      if (problem.line().isPresent()) {
        json.writeNumberField("line", problem.line().get());
      }
      if (problem.column().isPresent()) {
        json.writeNumberField("column", problem.column().get());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void labels(String field, List<PlanEntry> plans) throws IOException {
    json.writeArrayFieldStart(field);
    for (PlanEntry plan : plans) {
      json.writeString(plan.label());
    }
    json.writeEndArray();
  }

  private void optional(String field, @Nullable String value) throws IOException {
    if (value != null) {
      json.writeStringField(field, value);
    }
  }
}
