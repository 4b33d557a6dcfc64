package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Council;
import org.productivityplan.model.Finding;
import org.productivityplan.model.PlanStatus;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Publication;

/** The builder's clock is the day the built-in rules take it to be (PP154: progress updates). */
class ValidatorClockTest {

  private static final ProductivityPlan PUBLISHED_JULY_2024 =
      ProductivityPlan.builder()
          .council(Council.builder().name("Somerset Council").gssCode("E06000066").build())
          .title("Productivity Plan")
          .status(PlanStatus.PUBLISHED)
          .publication(
              Publication.builder()
                  .address("https://www.somerset.gov.uk/productivity-plan")
                  .date(LocalDate.of(2024, 7, 19))
                  .build())
          .build();

  private static boolean pp154Fires(String today) {
    Clock clock = Clock.fixed(Instant.parse(today + "T12:00:00Z"), ZoneOffset.UTC);
    return PlanValidator.builder().clock(clock).build().validate(PUBLISHED_JULY_2024).findings().stream()
        .map(Finding::ruleId)
        .anyMatch("PP154"::equals);
  }

  @Test
  void aPlanPublishedMoreThanTwelveMonthsAgoWithoutAnUpdateIsReported() {
    assertThat(pp154Fires("2025-11-23")).isTrue();
  }

  @Test
  void aPlanPublishedWithinTwelveMonthsIsNot() {
    assertThat(pp154Fires("2024-12-01")).isFalse();
  }
}
