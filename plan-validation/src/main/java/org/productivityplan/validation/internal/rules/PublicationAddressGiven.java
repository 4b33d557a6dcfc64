package org.productivityplan.validation.internal.rules;

import java.net.URI;
import java.net.URISyntaxException;
import org.productivityplan.model.PlanStatus;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP163: a published plan gives the address where the council publishes it, over https.
 *
 * <p>The address must be present (and not blank) when the plan's status is published; the finding
 * is then at {@code /publication/address} when the address is blank, at {@code /publication} when
 * it is absent, or at the whole plan when there is no publication record. An address that is given,
 * whatever the status, must be an absolute {@code https} address with a host; otherwise it is
 * reported at {@code /publication/address}.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class PublicationAddressGiven implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP163")
          .name("publication-address-given")
          .summary("A published plan gives the https address where the council publishes it.")
          .category(RuleCategory.GOVERNANCE)
          .defaultSeverity(Severity.WARNING)
          .guidance(
              "Minister's letter of 16 April 2024; written ministerial statement of 5 February"
                  + " 2024")
          .rationale(
              "Plans were to be made available on the council's website; the address is how"
                  + " residents, members and the government find the plan, and https is how they"
                  + " know it is the council's.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    String address = plan.publication().flatMap(p -> p.address()).orElse("");
    if (address.isBlank()) {
      if (plan.statusOrDraft() == PlanStatus.PUBLISHED) {
        context.report(
            plan.publication().isPresent()
                ? Checks.textOrParent(
                    JsonPointer.of("publication"), "address", plan.publication().get().address())
                : JsonPointer.ROOT,
            "The plan is published but gives no address where the council publishes it");
      }
      return;
    }
    if (!isHttps(address)) {
      context.report(
          JsonPointer.of("publication", "address"),
          "Publication address '{0}' is not an https web address",
          address);
    }
  }

  private static boolean isHttps(String address) {
    try {
      URI uri = new URI(address.strip());
      return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
