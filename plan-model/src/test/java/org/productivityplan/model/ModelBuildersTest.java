package org.productivityplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelBuildersTest {

  private static Council somerset() {
    return Council.builder().name("Somerset Council").gssCode("E06000066").build();
  }

  @Test
  void anIncompleteDraftNeedsOnlyItsCouncilAndTitle() {
    ProductivityPlan draft = ProductivityPlan.builder().council(somerset()).title("Productivity Plan").build();
    assertThat(draft.schemaVersion()).isEqualTo(SchemaVersion.CURRENT);
    assertThat(draft.status()).isEmpty();
    assertThat(draft.statusOrDraft()).isEqualTo(PlanStatus.DRAFT);
    assertThat(draft.projects()).isEmpty();
    assertThat(draft.narrative(Theme.TRANSFORMING_SERVICES)).isEmpty();
  }

  @Test
  void theBuilderNamesWhatIsMissing() {
    assertThatThrownBy(() -> ProductivityPlan.builder().title("Plan").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("council");
    assertThatThrownBy(() -> TransformationProject.builder().name("Unitary").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> SpecifiedSpend.builder().id("agency").build())
        .hasMessageContaining("category");
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> Council.builder().name(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Kpi.builder().addProjectId((String) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void theCouncilTypeComesFromTheGssCode() {
    assertThat(somerset().type()).contains(CouncilType.UNITARY_AUTHORITY);
    assertThat(Council.builder().name("Devon County Council").gssCode("E10000008").build().type())
        .contains(CouncilType.COUNTY_COUNCIL);
    assertThat(Council.builder().name("Sefton").gssCode("E08000014").build().type())
        .contains(CouncilType.METROPOLITAN_BOROUGH);
    assertThat(Council.builder().name("Nowhere").gssCode("W06000001").build().type()).isEmpty();
    assertThat(Council.builder().name("Unknown").build().type()).isEmpty();
  }

  @Test
  void asksNotStatedDifferFromAsksStatedAsNone() {
    Barrier notStated = Barrier.builder().id("funding").build();
    Barrier none = Barrier.builder().id("funding").asks(List.of()).build();
    assertThat(notStated.asks()).isEmpty();
    assertThat(none.asks()).contains(List.of());
    assertThat(notStated).isNotEqualTo(none);
  }

  @Test
  void aSpendLineIsReportedWithAFigureForANamedYearOrAShareOfThePayBill() {
    SpecifiedSpend.Builder agency = SpecifiedSpend.builder().id("agency").category(SpendCategory.AGENCY_STAFF);
    assertThat(agency.build().isReported()).isFalse();
    assertThat(agency.narrative("A significant reduction").build().isReported()).isFalse();
    assertThat(agency.amount(Money.ofPounds(13_100_000)).build().isReported()).isFalse();
    assertThat(agency.financialYear(FinancialYear.parse("2023/24")).build().isReported()).isTrue();
    SpecifiedSpend facility =
        SpecifiedSpend.builder()
            .id("facility-time")
            .category(SpendCategory.TRADE_UNION_FACILITY_TIME)
            .shareOfPayBill(Percentage.parse("0.03"))
            .build();
    assertThat(facility.isReported()).isTrue();
    SpecifiedSpend none =
        SpecifiedSpend.builder()
            .id("edi")
            .category(SpendCategory.EDI)
            .amount(Money.zero())
            .financialYear(FinancialYear.parse("2023/24"))
            .build();
    assertThat(none.isReported()).isTrue();
  }

  @Test
  void valuesAreEqualByContentAndCopiesGoThroughTheBuilder() {
    Kpi kpi = Kpi.builder().id("k1").name("Agency spend").unit("GBP").build();
    Kpi same = Kpi.builder().id("k1").name("Agency spend").unit("GBP").build();
    assertThat(kpi).isEqualTo(same).hasSameHashCodeAs(same);
    Kpi renamed = Kpi.builder().from(kpi).name("Agency spend (£)").build();
    assertThat(renamed.id()).isEqualTo("k1");
    assertThat(renamed).isNotEqualTo(kpi);
    assertThat(kpi.toString()).contains("Agency spend");
  }

  @Test
  void collectionsAreImmutableAndKeepTheirOrder() {
    ProductivityPlan plan =
        ProductivityPlan.builder()
            .council(somerset())
            .title("Plan")
            .putUnknownProperty("zeta", RawJson.of("1"))
            .putUnknownProperty("alpha", RawJson.of("{\"a\":[true]}"))
            .putNarrative(Theme.REMOVING_BARRIERS, "Funding")
            .addProject(TransformationProject.builder().id("b").name("B").build())
            .addProject(TransformationProject.builder().id("a").name("A").build())
            .build();
    assertThat(plan.unknownProperties().keySet()).containsExactly("zeta", "alpha");
    assertThat(plan.projects()).extracting(TransformationProject::id).containsExactly("b", "a");
    assertThatThrownBy(() -> plan.projects().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.narratives().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(plan.narrative(Theme.REMOVING_BARRIERS)).contains("Funding");
  }

  @Test
  void aFindingDefaultsItsKeyAndPointer() {
    Finding finding =
        Finding.builder().ruleId("PP130").severity(Severity.WARNING).message("No consultancy spend").build();
    assertThat(finding.messageKey()).isEqualTo("PP130");
    assertThat(finding.pointer()).isEmpty();
    assertThat(finding.line()).isEmpty();
    Finding located = finding.withLocation(3, 14);
    assertThat(located.line()).contains(3);
    assertThat(located.column()).contains(14);
    assertThat(finding.withSeverity(Severity.INFO).severity()).isEqualTo(Severity.INFO);
  }
}
