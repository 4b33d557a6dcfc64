package org.productivityplan.report;

import org.productivityplan.analysis.PanelSummary;
import org.productivityplan.examples.ExamplePlans;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.report.ReportCases.Case;
import org.productivityplan.validation.PlanValidator;

/** The summaries the panel page is tested on: the bundled corpus, and a hostile one. */
final class PanelCases {

  /** Every finding counts towards coverage, as in {@code plan panel}; the day is fixed. */
  private static final PlanValidator VALIDATOR =
      PlanValidator.builder()
          .clock(ReportCases.CLOCK)
          .maxFindings(Integer.MAX_VALUE)
          .build();

  private PanelCases() {}

  /**
   * The bundled corpus as {@code plan panel} reads it with no input: every productivity plan,
   * real and synthetic (one of which is refused), not the council plan.
   */
  static PanelSummary corpus() {
    PanelSummary.Builder builder = PanelSummary.builder(VALIDATOR.rules());
    PlanJson json = PlanJson.standard();
    for (String name : ExamplePlans.names()) {
      if (name.equals(ExamplePlans.SOMERSET_BUSINESS_PLAN_2021)) {
        continue;
      }
      ReadResult<ProductivityPlan> read = json.read(ExamplePlans.json(name), "example:" + name);
      if (read.value().isPresent()) {
        builder.add(read.value().get(), VALIDATOR.validate(read.value().get(), read.problems(), name));
      } else {
        builder.addUnreadable("example:" + name, read.problems());
      }
    }
    return builder.build();
  }

  /**
   * The hostile plan (markup, script, {@code javascript:} addresses and bidi controls in its texts)
   * beside Somerset's, and an unreadable input whose name is markup.
   */
  static PanelSummary hostile() {
    Case hostile = ReportCases.hostile();
    Case somerset = ReportCases.somerset();
    ReadResult<ProductivityPlan> broken =
        PlanJson.standard().read("{\"council\": <b>", "<script>alert(1)</script>.json");
    return PanelSummary.builder(VALIDATOR.rules())
        .add(hostile.plan(), hostile.report())
        .add(somerset.plan(), somerset.report())
        .addUnreadable("<script>alert(1)</script>.json", broken.problems())
        .build();
  }
}
