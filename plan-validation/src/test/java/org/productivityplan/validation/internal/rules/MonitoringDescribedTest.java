package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Frequency;
import org.productivityplan.model.MonitoringArrangement;

class MonitoringDescribedTest {

  private final MonitoringDescribed rule = new MonitoringDescribed();

  private static MonitoringArrangement forum(String forum) {
    return MonitoringArrangement.builder().forum(forum).build();
  }

  @Test
  void oneArrangementWithForumAndFrequencyIsEnough() {
    var plan = Plans.completeWith(b -> b.addMonitoringArrangement(forum("Scrutiny")));
    assertThat(check(rule, plan)).isEmpty();
  }

  @Test
  void noArrangementIsReportedAtThePlan() {
    assertThat(check(rule, Plans.minimal()))
        .containsExactly("WARNING : The plan describes no monitoring arrangement");
  }

  @Test
  void oneArrangementWithoutFrequencyIsReportedAtIt() {
    var plan = Plans.completeWith(b -> b.monitoringArrangements(List.of(forum("Cabinet"))));
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING /monitoringArrangements/0: Monitoring arrangement 'Cabinet' does not say both"
                + " who oversees delivery and how often");
  }

  @Test
  void severalThatAllFallShortAreReportedAtTheList() {
    MonitoringArrangement blankForum =
        MonitoringArrangement.builder().forum(" ").frequency(Frequency.MONTHLY).build();
    var plan =
        Plans.completeWith(b -> b.monitoringArrangements(List.of(forum("Cabinet"), blankForum)));
    assertThat(check(rule, plan))
        .containsExactly(
            "WARNING /monitoringArrangements: None of the 2 monitoring arrangements says both who"
                + " oversees delivery and how often");
  }
}
