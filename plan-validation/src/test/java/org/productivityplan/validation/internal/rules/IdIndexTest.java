package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.productivityplan.testing.PropertyChecks;

/** The rules' id index answers as a {@link HashMap} with {@code putIfAbsent} would. */
class IdIndexTest {

  /** Ids from a small space, so that repeats are common; some share a hash ("Aa" and "BB"). */
  private static String id(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> "Aa".repeat(1 + random.nextInt(3));
      case 1 -> "BB".repeat(1 + random.nextInt(3));
      case 2 -> "";
      default -> "project-" + random.nextInt(40);
    };
  }

  private record Case(int expected, List<String> added, List<String> asked) {}

  private static Case draw(Random random) {
    List<String> added = new ArrayList<>();
    for (int i = random.nextInt(120); i > 0; i--) {
      added.add(id(random));
    }
    List<String> asked = new ArrayList<>();
    for (int i = random.nextInt(40); i > 0; i--) {
      asked.add(id(random));
    }
    // Sized too small at times, so that it grows while ids are added.
    return new Case(random.nextInt(10), added, asked);
  }

  @Test
  void answersAsAMapKeepingTheFirstValueOfEachId() {
    PropertyChecks.forAll(
        IdIndexTest::draw,
        c -> {
          IdIndex index = new IdIndex(c.expected());
          Map<String, Integer> map = new HashMap<>();
          for (int i = 0; i < c.added().size(); i++) {
            String id = c.added().get(i);
            Integer before = map.putIfAbsent(id, i);
            assertThat(index.putIfAbsent(id, i)).isEqualTo(before == null ? IdIndex.ABSENT : before);
          }
          assertThat(index.size()).isEqualTo(map.size());
          for (String id : c.added()) {
            assertThat(index.get(id)).isEqualTo(map.get(id));
            assertThat(index.contains(id)).isTrue();
          }
          for (String id : c.asked()) {
            assertThat(index.get(id)).isEqualTo(map.getOrDefault(id, IdIndex.ABSENT));
            assertThat(index.contains(id)).isEqualTo(map.containsKey(id));
          }
        });
  }

  @Test
  void tellsApartIdsWithTheSameHash() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    IdIndex index = new IdIndex(1);
    assertThat(index.putIfAbsent("Aa", 3)).isEqualTo(IdIndex.ABSENT);
    assertThat(index.get("BB")).isEqualTo(IdIndex.ABSENT);
    assertThat(index.putIfAbsent("BB", 5)).isEqualTo(IdIndex.ABSENT);
    assertThat(index.get("Aa")).isEqualTo(3);
    assertThat(index.get("BB")).isEqualTo(5);
    assertThat(index.putIfAbsent(new String("Aa"), 9)).isEqualTo(3);
  }

  @Test
  void refusesANegativeValue() {
    assertThatThrownBy(() -> new IdIndex(4).putIfAbsent("p", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
