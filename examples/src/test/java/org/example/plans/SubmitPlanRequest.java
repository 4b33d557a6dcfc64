package org.example.plans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.ConformsTo;

/** A request body that carries a plan, checked against the guidance when it is validated. */
public class SubmitPlanRequest {

  private final ProductivityPlan plan;

  /**
   * Creates the request.
   *
   * @param plan the plan
   */
  public SubmitPlanRequest(ProductivityPlan plan) {
    this.plan = plan;
  }

  /**
   * Returns the plan: not null, its field constraints met, and no error under the guidance.
   *
   * @return the plan
   */
  @NotNull
  @Valid
  @ConformsTo(profile = "dluhc-2024", failOn = Severity.ERROR)
  public ProductivityPlan getPlan() {
    return plan;
  }
}
