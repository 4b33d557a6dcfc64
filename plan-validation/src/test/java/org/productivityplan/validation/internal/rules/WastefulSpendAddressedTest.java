package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import org.junit.jupiter.api.Test;
import org.productivityplan.model.ProjectStatus;
import org.productivityplan.model.SpendCategory;
import org.productivityplan.model.Theme;

class WastefulSpendAddressedTest {

  private final WastefulSpendAddressed rule = new WastefulSpendAddressed();

  @Test
  void aNarrativeASpendLineOrAProjectEachAddressIt() {
    var bare = Plans.minimal();
    assertThat(
            check(
                rule, Plans.edit(bare, b -> b.putNarrative(Theme.REDUCING_WASTEFUL_SPEND, "Yes."))))
        .isEmpty();
    assertThat(
            check(
                rule,
                Plans.edit(bare, b -> b.addSpecifiedSpend(Plans.spend("S", SpendCategory.EDI)))))
        .isEmpty();
    assertThat(
            check(
                rule,
                Plans.edit(
                    bare,
                    b ->
                        b.addProject(
                            Plans.project(
                                "P", ProjectStatus.PLANNED, Theme.REDUCING_WASTEFUL_SPEND)))))
        .isEmpty();
  }

  @Test
  void noneOfThemIsReportedAtThePlan() {
    assertThat(check(rule, Plans.minimal()))
        .containsExactly(
            "WARNING : Theme 3 (reducing wasteful spend) is not addressed: no narrative, no spend"
                + " line and no project with this theme");
  }
}
