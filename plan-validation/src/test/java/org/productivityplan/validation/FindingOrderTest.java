package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.productivityplan.testing.PropertyChecks;
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

  private static final String[] NAMES = {"kpis", "projects", "council", "", "01", "a~1b"};

  /** A pointer of up to four tokens, numbers and names mixed. */
  private static String pointer(Random random) {
    StringBuilder pointer = new StringBuilder();
    for (int i = random.nextInt(5); i > 0; i--) {
      pointer
          .append('/')
          .append(random.nextBoolean() ? String.valueOf(random.nextInt(121)) : NAMES[random.nextInt(NAMES.length)]);
    }
    return pointer.toString();
  }

  private static String[] pointers(Random random) {
    return new String[] {pointer(random), pointer(random), pointer(random)};
  }

  @Test
  void theOrderIsAntisymmetric() {
    PropertyChecks.forAll(
        FindingOrderTest::pointers,
        p ->
            assertThat(Integer.signum(FindingOrder.comparePointers(p[0], p[1])))
                .isEqualTo(-Integer.signum(FindingOrder.comparePointers(p[1], p[0]))));
  }

  @Test
  void equalOnlyWhenIdentical() {
    PropertyChecks.forAll(
        FindingOrderTest::pointers,
        p -> assertThat(FindingOrder.comparePointers(p[0], p[1]) == 0).isEqualTo(p[0].equals(p[1])));
  }

  @Test
  void theOrderIsTransitive() {
    PropertyChecks.forAll(
        FindingOrderTest::pointers,
        p -> {
          if (FindingOrder.comparePointers(p[0], p[1]) <= 0 && FindingOrder.comparePointers(p[1], p[2]) <= 0) {
            assertThat(FindingOrder.comparePointers(p[0], p[2])).isLessThanOrEqualTo(0);
          }
        });
  }

  @Test
  void aPointerComesBeforeThePointersBelowIt() {
    PropertyChecks.forAll(
        FindingOrderTest::pointers,
        p -> {
          if (!p[1].isEmpty()) {
            assertThat(FindingOrder.comparePointers(p[0], p[0] + p[1])).isNegative();
          }
        });
  }
}
