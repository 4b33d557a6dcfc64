package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Money;

class PointerResolverTest {

  @Test
  void resolvesPropertiesIndexesOptionalsAndThemeKeys() {
    var plan = Plans.complete();
    assertThat(PointerResolver.resolve(plan, "")).isSameAs(plan);
    assertThat(PointerResolver.resolve(plan, "/projects/1/milestones/0/id")).isEqualTo("M2");
    assertThat(PointerResolver.resolve(plan, "/specifiedSpend/1/amount"))
        .isEqualTo(Money.ofPounds(13_100_000));
    assertThat(PointerResolver.resolve(plan, "/narratives/removingBarriers"))
        .isEqualTo("Funding is short-term.");
  }

  @Test
  void anAsksListStatedAsNoneResolves() {
    var plan = Plans.withBarrier(0, b -> b.asks(List.of()));
    assertThat(PointerResolver.resolve(plan, "/barriers/0/asks")).isEqualTo(List.of());
  }

  @Test
  void rejectsWhatADocumentWouldNotHold() {
    var plan = Plans.minimal();
    assertThatThrownBy(() -> PointerResolver.resolve(plan, "/projects"))
        .hasMessageContaining("empty list");
    assertThatThrownBy(() -> PointerResolver.resolve(plan, "/context"))
        .hasMessageContaining("absent");
    assertThatThrownBy(() -> PointerResolver.resolve(Plans.complete(), "/project/0"))
        .hasMessageContaining("No property 'project'");
    assertThatThrownBy(() -> PointerResolver.resolve(Plans.complete(), "/projects/2"))
        .hasMessageContaining("out of range");
  }
}
