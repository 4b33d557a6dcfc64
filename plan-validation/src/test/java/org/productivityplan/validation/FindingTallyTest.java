package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;
import org.productivityplan.testing.PropertyChecks;
import org.productivityplan.validation.internal.FindingOrder;
import org.productivityplan.validation.internal.FindingTally;

/** The bounded tally keeps exactly what a full sort and cut would keep, and counts everything. */
class FindingTallyTest {

  private static final String[] IDS = {"PP001", "PP130", "TT900"};

  /** A finding drawn from a small space, so that ties on severity, pointer and id are common. */
  private static Finding finding(Random random) {
    Finding.Builder builder =
        Finding.builder()
            .ruleId(IDS[random.nextInt(IDS.length)])
            .severity(Severity.values()[random.nextInt(3)])
            .message(random.nextBoolean() ? "a" : "b")
            .pointer(JsonPointer.of("kpis", random.nextInt(13)));
    if (random.nextBoolean()) {
      builder.theme(Theme.values()[random.nextInt(4)]);
    }
    return builder.build();
  }

  private record Case(List<Finding> findings, int max) {}

  private static Case draw(Random random) {
    List<Finding> findings = new ArrayList<>();
    for (int i = random.nextInt(61); i > 0; i--) {
      findings.add(finding(random));
    }
    return new Case(findings, 1 + random.nextInt(70));
  }

  @Test
  void keepsTheFirstFindingsOfAFullSortAndCountsThemAll() {
    PropertyChecks.forAll(
        FindingTallyTest::draw,
        c -> {
          FindingTally tally = new FindingTally(c.max());
          c.findings().forEach(tally::add);

          List<Finding> sorted = new ArrayList<>(c.findings());
          sorted.sort(FindingOrder.INSTANCE);

          assertThat(tally.sorted())
              .isEqualTo(sorted.subList(0, Math.min(c.max(), sorted.size())));
          assertThat(tally.total()).isEqualTo(c.findings().size());
          for (Severity severity : Severity.values()) {
            assertThat(tally.counts().get(severity))
                .isEqualTo((int) c.findings().stream().filter(f -> f.severity() == severity).count());
          }
          for (Theme theme : Theme.values()) {
            long count =
                c.findings().stream().filter(f -> f.theme().equals(Optional.of(theme))).count();
            assertThat(tally.themeCounts().getOrDefault(theme, 0)).isEqualTo((int) count);
          }
        });
  }
}
