package org.productivityplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodesTest {

  private static final List<Class<? extends Enum<?>>> CODED =
      List.of(
          AssuranceKind.class, BarrierCategory.class, BenefitBasis.class, CouncilType.class,
          ForumKind.class, Frequency.class, KpiDirection.class, KpiSourceKind.class,
          MilestoneStatus.class, PlanStatus.class, ProjectStatus.class, Severity.class,
          SpendCategory.class, Theme.class);

  @Test
  void codesAreLowerCamelCase() {
    assertThat(Coded.toCode("AGENCY_STAFF")).isEqualTo("agencyStaff");
    assertThat(Coded.toCode("TRADE_UNION_FACILITY_TIME")).isEqualTo("tradeUnionFacilityTime");
    assertThat(Coded.toCode("EDI")).isEqualTo("edi");
    assertThat(SpendCategory.EDI.code()).isEqualTo("edi");
    assertThat(KpiSourceKind.LG_INFORM.code()).isEqualTo("lgInform");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void everyCodeFindsItsConstantAndNoOther() {
    for (Class<? extends Enum<?>> type : CODED) {
      Set<String> seen = new HashSet<>();
      for (Enum<?> constant : type.getEnumConstants()) {
        String code = ((Coded) constant).code();
        assertThat(seen.add(code)).as("%s code %s unique", type.getSimpleName(), code).isTrue();
        assertThat(Coded.fromCode((Class) type, code)).contains(constant);
      }
      assertThat(Coded.fromCode((Class) type, "noSuchCode")).isEmpty();
    }
  }

  @Test
  void themesAreNumberedAsInTheGuidance() {
    assertThat(Theme.ofNumber(3)).isEqualTo(Theme.REDUCING_WASTEFUL_SPEND);
    assertThat(Theme.TECHNOLOGY_AND_DATA.number()).isEqualTo(2);
    assertThatThrownBy(() -> Theme.ofNumber(5)).hasMessageContaining("5");
  }

  @Test
  void severitiesAreOrderedBySeriousness() {
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
    assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
  }

  @Test
  void councilTypesFollowTheGssPrefix() {
    assertThat(CouncilType.fromGssCode("E07000187")).contains(CouncilType.NON_METROPOLITAN_DISTRICT);
    assertThat(CouncilType.fromGssCode("E09000001")).contains(CouncilType.LONDON_BOROUGH);
    assertThat(CouncilType.fromGssCode("S12000033")).isEmpty();
  }
}
