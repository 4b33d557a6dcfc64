package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.productivityplan.validation.internal.rules.RuleTester.check;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.PlanStatus;
import org.productivityplan.model.Publication;

class PublicationAddressGivenTest {

  private final PublicationAddressGiven rule = new PublicationAddressGiven();

  private static Publication at(String address) {
    return Publication.builder().address(address).build();
  }

  @Test
  void anHttpsAddressPasses() {
    assertThat(check(rule, Plans.complete())).isEmpty();
  }

  @Test
  void aDraftNeedsNoAddress() {
    assertThat(check(rule, Plans.minimal())).isEmpty();
  }

  @Test
  void aPublishedPlanWithoutAnAddressIsReported() {
    var noRecord = Plans.completeWith(b -> b.publication(Optional.empty()));
    assertThat(check(rule, noRecord))
        .containsExactly(
            "WARNING : The plan is published but gives no address where the council publishes it");
    var noAddress =
        Plans.completeWith(
            b -> b.publication(Publication.builder().date(LocalDate.of(2024, 7, 19)).build()));
    assertThat(check(rule, noAddress))
        .containsExactly(
            "WARNING /publication: The plan is published but gives no address where the council"
                + " publishes it");
  }

  @Test
  void aBlankAddressIsReportedAtItself() {
    assertThat(check(rule, Plans.completeWith(b -> b.publication(at(" ")))))
        .containsExactly(
            "WARNING /publication/address: The plan is published but gives no address where the"
                + " council publishes it");
  }

  @Test
  void anAddressThatIsNotHttpsIsReportedWhateverTheStatus() {
    var http = Plans.completeWith(b -> b.publication(at("http://www.somerset.gov.uk/plan")));
    assertThat(check(rule, http))
        .containsExactly(
            "WARNING /publication/address: Publication address 'http://www.somerset.gov.uk/plan' is"
                + " not an https web address");
    var draft =
        Plans.completeWith(b -> b.status(PlanStatus.DRAFT).publication(at("www.somerset.gov.uk")));
    assertThat(check(rule, draft)).hasSize(1);
    assertThat(check(rule, Plans.completeWith(b -> b.publication(at("https://"))))).hasSize(1);
    assertThat(check(rule, Plans.completeWith(b -> b.publication(at("HTTPS://Example.gov.uk/x")))))
        .isEmpty();
  }
}
