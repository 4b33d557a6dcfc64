package org.productivityplan.validation;

import org.productivityplan.model.Council;
import org.productivityplan.model.DocumentControl;
import org.productivityplan.model.ProductivityPlan;

/** Small plans for tests. */
final class Plans {

  private Plans() {}

  static Council council(String name, String gssCode) {
    return Council.builder().name(name).gssCode(gssCode).build();
  }

  /** A plan with a well-formed council and nothing else. */
  static ProductivityPlan minimal() {
    return ProductivityPlan.builder()
        .council(council("Somerset Council", "E06000066"))
        .title("Productivity Plan")
        .build();
  }

  static ProductivityPlan withCouncil(Council council) {
    return ProductivityPlan.builder().from(minimal()).council(council).build();
  }

  static ProductivityPlan withPageCount(int pages) {
    return ProductivityPlan.builder()
        .from(minimal())
        .documentControl(DocumentControl.builder().pageCount(pages).build())
        .build();
  }
}
