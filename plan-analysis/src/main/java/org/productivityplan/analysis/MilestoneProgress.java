package org.productivityplan.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.productivityplan.model.Coded;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.MilestoneStatus;
import org.productivityplan.model.PartialDate;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.TransformationProject;

/**
 * Where one milestone stands on a given date: achieved, cancelled, overdue (its due date has passed
 * and it is not achieved), due (its due date is still to come), or undated.
 *
 * <p>A milestone due in a month or a year is overdue only once the whole month or year has passed:
 * one due {@code 2025-11} is overdue from 1 December 2025. These are facts for the reader, not
 * guidance findings.
 *
 * @param projectId the id of the project the milestone belongs to
 * @param milestoneId the milestone's id
 * @param description the milestone's description
 * @param due its due date, if given
 * @param status its status as the plan states it, if given
 * @param state where it stands on the date
 */
public record MilestoneProgress(
    String projectId,
    String milestoneId,
    String description,
    Optional<PartialDate> due,
    Optional<MilestoneStatus> status,
    State state) {

  /** Checks that no component is null. */
  public MilestoneProgress {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(milestoneId, "milestoneId");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(state, "state");
  }

  /** Where a milestone stands. */
  public enum State implements Coded {
    /** Its status is achieved. */
    ACHIEVED,
    /** Its status is cancelled. */
    CANCELLED,
    /** Not achieved, and the last day it could be due has passed. */
    OVERDUE,
    /** Not achieved, and due on or after the date. */
    DUE,
    /** Not achieved, and no due date is given. */
    UNDATED;

    private final String code = Coded.toCode(name());

    @Override
    public String code() {
      return code;
    }
  }

  /**
   * Returns where every milestone of a plan stands, project by project, in the plan's order.
   *
   * @param plan the plan
   * @param asOf the date
   * @return one progress per milestone
   */
  public static List<MilestoneProgress> of(ProductivityPlan plan, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    List<MilestoneProgress> all = new ArrayList<>();
    for (TransformationProject project : plan.projects()) {
      for (Milestone milestone : project.milestones()) {
        all.add(of(project.id(), milestone, asOf));
      }
    }
    return List.copyOf(all);
  }

  /**
   * Returns where one milestone stands.
   *
   * @param projectId the id of its project
   * @param milestone the milestone
   * @param asOf the date
   * @return its progress
   */
  public static MilestoneProgress of(String projectId, Milestone milestone, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    State state;
    MilestoneStatus status = milestone.status().orElse(null);
    if (status == MilestoneStatus.ACHIEVED) {
      state = State.ACHIEVED;
    } else if (status == MilestoneStatus.CANCELLED) {
      state = State.CANCELLED;
    } else if (milestone.due().isEmpty()) {
      state = State.UNDATED;
    } else if (milestone.due().get().latestDay().isBefore(asOf)) {
      state = State.OVERDUE;
    } else {
      state = State.DUE;
    }
    return new MilestoneProgress(
        projectId, milestone.id(), milestone.description(), milestone.due(), milestone.status(), state);
  }
}
