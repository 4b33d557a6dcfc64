package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.productivityplan.testing.PropertyChecks;

/** The pointer builders of fixed shape give what the general one gives; pointers are checked. */
class JsonPointerTest {

  private static final String[] NAMES = {"projects", "kpis", "a/b", "~x", "", "m~1/", "é"};

  private record Tokens(String name, int index, String property, int element) {}

  private static Tokens draw(Random random) {
    return new Tokens(
        NAMES[random.nextInt(NAMES.length)],
        random.nextInt(3) == 0 ? random.nextInt(Integer.MAX_VALUE) : random.nextInt(20),
        NAMES[random.nextInt(NAMES.length)],
        random.nextInt(200));
  }

  @Test
  void theFixedShapesAgreeWithTheGeneralBuilder() {
    PropertyChecks.forAll(
        JsonPointerTest::draw,
        t -> {
          assertThat(JsonPointer.of(t.name(), t.index()))
              .isEqualTo(JsonPointer.of(new Object[] {t.name(), t.index()}));
          assertThat(JsonPointer.of(t.name(), t.index(), t.property()))
              .isEqualTo(JsonPointer.of(new Object[] {t.name(), t.index(), t.property()}));
          assertThat(JsonPointer.of(t.name(), t.index(), t.property(), t.element()))
              .isEqualTo(
                  JsonPointer.of(new Object[] {t.name(), t.index(), t.property(), t.element()}));
          assertThat(JsonPointer.isValid(JsonPointer.of(t.name(), t.index(), t.property())))
              .isTrue();
        });
  }

  @Test
  void escapesEachName() {
    assertThat(JsonPointer.of("a/b", 2, "~c")).isEqualTo("/a~1b/2/~0c");
    assertThat(JsonPointer.of("projects", 2, "milestones", 0)).isEqualTo("/projects/2/milestones/0");
  }

  @Test
  void acceptsOnlyWellFormedPointers() {
    assertThat(JsonPointer.isValid("")).isTrue();
    assertThat(JsonPointer.isValid("/")).isTrue();
    assertThat(JsonPointer.isValid("/a~0b/~1")).isTrue();
    assertThat(JsonPointer.isValid("a")).isFalse();
    assertThat(JsonPointer.isValid("/a~")).isFalse();
    assertThat(JsonPointer.isValid("/a~2b")).isFalse();
    assertThat(JsonPointer.isValid("/a~0/~b")).isFalse();
  }
}
