package org.productivityplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.productivityplan.examples.ExamplePlans;

/** The progress of the bundled update a year on, as documented in docs/analysis.md. */
class PlanProgressFixtureTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 1);
  private static final PlanProgress PROGRESS =
      PlanProgress.of(ExamplePlans.synthetic("complete-2025-update"), AS_OF);

  @Test
  void textIsTheDocumentedOutput() throws IOException {
    Golden.assertMatches(
        "complete-2025-update.progress.txt", PROGRESS.toText("complete-2025-update.json"));
  }

  @Test
  void docsShowTheRealText() throws IOException {
    Golden.assertDocumented(
        "plan progress complete-2025-update.json --as-of 2025-12-01",
        PROGRESS.toText("complete-2025-update.json"));
  }

  @Test
  void jsonIsTheDocumentedOutput() throws IOException {
    Golden.assertMatches(
        "complete-2025-update.progress.json", PROGRESS.toJson("complete-2025-update.json"));
  }
}
