package org.productivityplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Milestone;
import org.productivityplan.model.MilestoneStatus;
import org.productivityplan.model.PartialDate;

/** Where a milestone stands on a date. */
class MilestoneProgressTest {

  private static MilestoneProgress.State state(String due, MilestoneStatus status, String asOf) {
    Milestone.Builder milestone = Milestone.builder().id("m").description("M");
    if (due != null) {
      milestone.due(PartialDate.parse(due));
    }
    if (status != null) {
      milestone.status(status);
    }
    return MilestoneProgress.of("p", milestone.build(), LocalDate.parse(asOf)).state();
  }

  @Test
  void overdueOnlyOnceTheWholeDuePeriodHasPassed() {
    assertThat(state("2025-11", MilestoneStatus.IN_PROGRESS, "2025-11-30")).isEqualTo(MilestoneProgress.State.DUE);
    assertThat(state("2025-11", MilestoneStatus.IN_PROGRESS, "2025-12-01")).isEqualTo(MilestoneProgress.State.OVERDUE);
    assertThat(state("2025", null, "2025-12-31")).isEqualTo(MilestoneProgress.State.DUE);
    assertThat(state("2025-03-14", MilestoneStatus.DELAYED, "2025-03-15")).isEqualTo(MilestoneProgress.State.OVERDUE);
  }

  @Test
  void achievedCancelledAndUndated() {
    assertThat(state("2020", MilestoneStatus.ACHIEVED, "2025-12-01")).isEqualTo(MilestoneProgress.State.ACHIEVED);
    assertThat(state("2020", MilestoneStatus.CANCELLED, "2025-12-01")).isEqualTo(MilestoneProgress.State.CANCELLED);
    assertThat(state(null, MilestoneStatus.PLANNED, "2025-12-01")).isEqualTo(MilestoneProgress.State.UNDATED);
  }
}
