package org.productivityplan.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.productivityplan.analysis.internal.progress.ProgressReport;
import org.productivityplan.model.ProductivityPlan;

/**
 * How a plan is doing on a given date: the progress of each KPI ({@link KpiProgress}) and where
 * each milestone stands ({@link MilestoneProgress}). What {@code plan progress} prints.
 *
 * @param asOf the date
 * @param thresholds the margins of on track and at risk
 * @param kpis one progress per KPI, in the plan's order
 * @param milestones one progress per milestone, project by project, in the plan's order
 */
public record PlanProgress(
    LocalDate asOf,
    ProgressThresholds thresholds,
    List<KpiProgress> kpis,
    List<MilestoneProgress> milestones) {

  /** Checks that no component is null, and copies the lists. */
  public PlanProgress {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(thresholds, "thresholds");
    kpis = List.copyOf(kpis);
    milestones = List.copyOf(milestones);
  }

  /**
   * Returns how a plan is doing, with the default thresholds.
   *
   * @param plan the plan
   * @param asOf the date
   * @return its progress
   */
  public static PlanProgress of(ProductivityPlan plan, LocalDate asOf) {
    return of(plan, asOf, ProgressThresholds.defaults());
  }

  /**
   * Returns how a plan is doing.
   *
   * @param plan the plan
   * @param asOf the date
   * @param thresholds the margins of on track and at risk
   * @return its progress
   */
  public static PlanProgress of(
      ProductivityPlan plan, LocalDate asOf, ProgressThresholds thresholds) {
    return new PlanProgress(
        asOf, thresholds, KpiProgress.of(plan, asOf, thresholds), MilestoneProgress.of(plan, asOf));
  }

  /**
   * Counts the KPIs with a status.
   *
   * @param status the status
   * @return how many
   */
  public int count(ProgressStatus status) {
    return (int) kpis.stream().filter(k -> k.status() == status).count();
  }

  /**
   * Counts the milestones in a state.
   *
   * @param state the state
   * @return how many
   */
  public int count(MilestoneProgress.State state) {
    return (int) milestones.stream().filter(m -> m.state() == state).count();
  }

  /**
   * Writes the progress as text for people.
   *
   * @param name what to call the plan, such as its file name
   * @return the text, ending with a newline
   */
  public String toText(String name) {
    return ProgressReport.text(this, name);
  }

  /**
   * Writes the progress as JSON, in the format {@code docs/plan-progress-1.0.schema.json}
   * describes.
   *
   * @param name what to call the plan, such as its file name
   * @return the JSON text, ending with a newline
   */
  public String toJson(String name) {
    return ProgressReport.json(this, name);
  }
}
