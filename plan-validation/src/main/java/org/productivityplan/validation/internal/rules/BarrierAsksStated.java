package org.productivityplan.validation.internal.rules;

import java.util.List;
import org.productivityplan.model.Barrier;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP140: every barrier says what government could do to reduce or remove it.
 *
 * <p>The model keeps "not stated" apart from "stated as nothing", and so does this rule. Asks not
 * stated are reported at the barrier ("does not say what government could do"). Asks stated as an
 * empty list (or a list of blank strings) are still reported, at the barrier's {@code asks}, with
 * their own message ("states no ask of government"): the council has answered, but theme 4 asks
 * what government could do, and an empty answer gives it nothing.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class BarrierAsksStated implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP140")
          .name("barrier-asks-stated")
          .summary("Every barrier says what government could do to reduce or remove it.")
          .category(RuleCategory.BARRIERS)
          .defaultSeverity(Severity.WARNING)
          .guidance("Minister's letter of 16 April 2024, theme 4")
          .rationale(
              "Theme 4 asks which barriers government can help to reduce or remove; a barrier"
                  + " without an ask tells the government what is wrong but not what would help.")
          .theme(Theme.REMOVING_BARRIERS)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    List<Barrier> barriers = plan.barriers();
    for (int b = 0; b < barriers.size(); b++) {
      Barrier barrier = barriers.get(b);
      if (barrier.asks().isEmpty()) {
        context.report(
            JsonPointer.of("barriers", b),
            "Barrier '{0}' does not say what government could do to reduce or remove it",
            barrier.id());
      } else if (barrier.asks().get().stream().noneMatch(Checks::hasText)) {
        context.report(
            JsonPointer.of("barriers", b, "asks"),
            "Barrier '{0}' states no ask of government",
            barrier.id());
      }
    }
  }
}
