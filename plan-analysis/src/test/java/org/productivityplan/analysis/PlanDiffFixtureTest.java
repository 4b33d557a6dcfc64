package org.productivityplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.productivityplan.examples.ExamplePlans;
import org.productivityplan.model.ProductivityPlan;

/** The diff between the bundled complete plan and its update a year on. */
class PlanDiffFixtureTest {

  private static final ProductivityPlan COMPLETE = ExamplePlans.synthetic("complete");
  private static final ProductivityPlan UPDATE = ExamplePlans.synthetic("complete-2025-update");
  private static final PlanDiff DIFF = PlanDiff.between(COMPLETE, UPDATE);

  @Test
  void textIsTheDocumentedOutput() throws IOException {
    Golden.assertMatches(
        "complete-to-2025-update.diff.txt",
        DIFF.toText("complete.json", "complete-2025-update.json"));
  }

  @Test
  void docsShowTheRealText() throws IOException {
    Golden.assertDocumented(
        "plan diff complete.json complete-2025-update.json",
        DIFF.toText("complete.json", "complete-2025-update.json"));
  }

  @Test
  void jsonIsTheDocumentedOutput() throws IOException {
    Golden.assertMatches(
        "complete-to-2025-update.diff.json",
        DIFF.toJson("complete.json", "complete-2025-update.json"));
  }
}
