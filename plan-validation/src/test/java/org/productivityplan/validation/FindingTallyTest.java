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

  /**
   * A finding that the tally says it cannot keep, counted without being added, leaves the same
   * tally as adding it: what it keeps and what it counts.
   */
  @Test
  void aFindingItCannotKeepIsCountedAsIfAdded() {
    PropertyChecks.forAll(
        FindingTallyTest::draw,
        c -> {
          FindingTally added = new FindingTally(c.max());
          FindingTally skipping = new FindingTally(c.max());
          int dropped = 0;
          for (Finding finding : c.findings()) {
            added.add(finding);
            if (skipping.canKeep(finding.severity(), finding.pointer(), finding.ruleId())) {
              skipping.add(finding);
            } else {
              dropped++;
              skipping.countDropped(
                  finding.severity(),
                  finding.theme().orElse(null),
                  finding.causedBy().isPresent());
            }
          }
          assertThat(skipping.sorted()).isEqualTo(added.sorted());
          assertThat(skipping.total()).isEqualTo(added.total());
          assertThat(skipping.counts()).isEqualTo(added.counts());
          assertThat(skipping.themeCounts()).isEqualTo(added.themeCounts());
          if (c.findings().size() < 2 * c.max()) {
            // Nothing is dropped before the first cut, made when twice the cap are held.
            assertThat(dropped).isZero();
          }
        });
  }

  @Test
  void saysAFindingAfterTheLastKeptCannotBeKept() {
    FindingTally tally = new FindingTally(1);
    tally.add(Finding.builder().ruleId("PP002").severity(Severity.WARNING).message("m")
        .pointer("/kpis/2").build());
    assertThat(tally.canKeep(Severity.ERROR, "/kpis/9", "PP009")).isTrue();
    tally.add(Finding.builder().ruleId("PP003").severity(Severity.WARNING).message("m")
        .pointer("/kpis/10").build());
    // Twice the cap held: cut to the first, /kpis/2 of PP002.
    assertThat(tally.canKeep(Severity.INFO, "/kpis/0", "PP001")).isFalse();
    assertThat(tally.canKeep(Severity.WARNING, "/kpis/10", "PP001")).isFalse();
    assertThat(tally.canKeep(Severity.WARNING, "/kpis/2", "PP003")).isFalse();
    // Equal on severity, pointer and rule id: only the message can tell, so it may be kept.
    assertThat(tally.canKeep(Severity.WARNING, "/kpis/2", "PP002")).isTrue();
    assertThat(tally.canKeep(Severity.WARNING, "/kpis/1", "PP009")).isTrue();
    assertThat(tally.canKeep(Severity.ERROR, "/title", "PP009")).isTrue();
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
