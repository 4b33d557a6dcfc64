package org.productivityplan.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.productivityplan.examples.ExamplePlans;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.report.internal.ReportModel.Score;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.RuleInfo;

class ReportModelsTest {

  private static final PlanValidator VALIDATOR = PlanValidator.standard();

  private static Map<String, String> statuses(String synthetic) {
    ProductivityPlan plan = ExamplePlans.synthetic(synthetic);
    Map<String, RuleInfo> rules = new HashMap<>();
    VALIDATOR.rules().forEach(r -> rules.put(r.id(), r));
    ReportModel model = ReportModels.of(plan, VALIDATOR.validate(plan), rules);
    Map<String, String> statuses = new HashMap<>();
    for (Score score : model.scorecard()) {
      statuses.put(score.id(), score.status());
    }
    return statuses;
  }

  @Test
  void theCompletePlanMeetsEveryArea() {
    assertThat(statuses("complete")).hasSize(7).allSatisfy((area, status) -> assertThat(status).isEqualTo("met"));
  }

  @Test
  void aThemeNotAddressedIsNotMet() {
    assertThat(statuses("rule-PP101")).containsEntry("transforming-services", "not-met");
  }

  @Test
  void aWarningBelowTheHeadlineIsPartlyMet() {
    assertThat(statuses("rule-PP130")).containsEntry("reducing-wasteful-spend", "partly-met");
  }

  @Test
  void noMonitoringIsNotMet() {
    assertThat(statuses("rule-PP150")).containsEntry("monitoring", "not-met");
  }

  @Test
  void anErrorIsNotMetWhereverItFalls() {
    assertThat(statuses("rule-PP161")).containsEntry("governance", "not-met");
  }
}
