package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import org.junit.jupiter.api.Test;
import org.productivityplan.model.DocumentControl;
import org.productivityplan.model.ProductivityPlan;

class PageCountInRangeTest {

  private final PageCountInRange rule = new PageCountInRange();

  private static ProductivityPlan pages(int count) {
    return Plans.completeWith(
        b -> b.documentControl(DocumentControl.builder().pageCount(count).build()));
  }

  @Test
  void threeOrFourPagesPass() {
    assertThat(check(rule, pages(3))).isEmpty();
    assertThat(check(rule, pages(4))).isEmpty();
  }

  @Test
  void anUnknownCountIsNotChecked() {
    assertThat(check(rule, Plans.minimal())).isEmpty();
    var noCount = Plans.completeWith(b -> b.documentControl(DocumentControl.builder().build()));
    assertThat(check(rule, noCount)).isEmpty();
  }

  @Test
  void moreThanFourIsAWarning() {
    assertThat(check(rule, pages(14)))
        .containsExactly(
            "WARNING /documentControl/pageCount: The document runs to 14 pages; the guidance asked"
                + " for three to four");
  }

  @Test
  void fewerThanThreeIsInformation() {
    assertThat(check(rule, pages(2)))
        .containsExactly(
            "INFO /documentControl/pageCount: The document runs to 2 pages; the guidance asked for"
                + " three to four");
  }

  @Test
  void aCountThatIsNotPositiveIsLeftToBeanValidation() {
    assertThat(check(rule, pages(0))).isEmpty();
  }
}
