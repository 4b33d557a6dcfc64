package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.productivityplan.validation.internal.FindingOrder;

class FindingOrderTest {

  @Test
  void pointersSortInDocumentOrder() {
    List<String> pointers =
        new ArrayList<>(
            List.of("/projects/10", "/projects", "", "/projects/2/milestones/0", "/projects/2",
                "/council", "/projects/01"));

    pointers.sort(FindingOrder::comparePointers);

    assertThat(pointers)
        .containsExactly("", "/council", "/projects", "/projects/2", "/projects/2/milestones/0",
            "/projects/10", "/projects/01");
  }

  @Provide
  Arbitrary<String> pointers() {
    Arbitrary<String> token =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 120).map(String::valueOf),
            Arbitraries.of("kpis", "projects", "council", "", "01", "a~1b"));
    return token.list().ofMaxSize(4).map(tokens -> {
      StringBuilder pointer = new StringBuilder();
      tokens.forEach(t -> pointer.append('/').append(t));
      return pointer.toString();
    });
  }

  @Property
  void theOrderIsAntisymmetric(
      @ForAll("pointers") String a, @ForAll("pointers") String b) {
    assertThat(Integer.signum(FindingOrder.comparePointers(a, b)))
        .isEqualTo(-Integer.signum(FindingOrder.comparePointers(b, a)));
  }

  @Property
  void equalOnlyWhenIdentical(@ForAll("pointers") String a, @ForAll("pointers") String b) {
    assertThat(FindingOrder.comparePointers(a, b) == 0).isEqualTo(a.equals(b));
  }

  @Property
  void theOrderIsTransitive(
      @ForAll("pointers") String a, @ForAll("pointers") String b, @ForAll("pointers") String c) {
    if (FindingOrder.comparePointers(a, b) <= 0 && FindingOrder.comparePointers(b, c) <= 0) {
      assertThat(FindingOrder.comparePointers(a, c)).isLessThanOrEqualTo(0);
    }
  }

  @Property
  void aPointerComesBeforeThePointersBelowIt(
      @ForAll("pointers") String a, @ForAll("pointers") String b) {
    if (!b.isEmpty()) {
      assertThat(FindingOrder.comparePointers(a, a + b)).isNegative();
    }
  }
}
