package org.productivityplan.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.productivityplan.io.PlanJson;
import org.productivityplan.model.Council;
import org.productivityplan.model.DateRange;
import org.productivityplan.model.FinancialYear;
import org.productivityplan.model.Money;
import org.productivityplan.model.PartialDate;
import org.productivityplan.model.Percentage;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.ProjectStatus;
import org.productivityplan.model.RawJson;
import org.productivityplan.model.SchemaVersion;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.SpendCategory;
import org.productivityplan.model.Theme;
import org.productivityplan.model.TransformationProject;

/** The format's values in a service's own classes: written exactly as PlanJson writes them. */
class ValuesTest {

  /** A service's own object of values. */
  public record Figures(
      Money amount,
      Percentage share,
      FinancialYear year,
      PartialDate date,
      DateRange period,
      SchemaVersion version,
      SpendCategory category,
      List<Theme> themes,
      ProjectStatus status,
      Map<String, RawJson> extra) {}

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new PlanModule());
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static final Money AMOUNT = Money.ofPounds(new BigDecimal("1500000.50"));
  private static final Percentage SHARE = Percentage.of(new BigDecimal("0.03"));
  private static final FinancialYear YEAR = FinancialYear.parse("2023/24");
  private static final PartialDate DATE = PartialDate.parse("2024-07");
  private static final DateRange PERIOD = DateRange.of(PartialDate.parse("2024"), PartialDate.parse("2026-03-31"));

  /** The same values inside a plan, as PlanJson writes it. */
  private static JsonNode inAPlan() throws Exception {
    ProductivityPlan plan = ProductivityPlan.builder()
        .council(Council.builder().name("Testshire").build())
        .title("Plan")
        .planDate(DATE)
        .addSpecifiedSpend(SpecifiedSpend.builder().id("s").category(SpendCategory.CONSULTANCY)
            .financialYear(YEAR).amount(AMOUNT).shareOfPayBill(SHARE).build())
        .addProjects(TransformationProject.builder().id("p").name("P").status(ProjectStatus.IN_PROGRESS)
            .addThemes(Theme.TECHNOLOGY_AND_DATA).period(PERIOD).build())
        .putUnknownProperty("x-extra", PlanJson.rawJson("{\"b\":[1,2.50],\"a\":null}"))
        .build();
    return PLAIN.readTree(PlanJson.standard().write(plan));
  }

  @Test
  void valuesAreWrittenAsInAPlanAndReadBack() throws Exception {
    JsonNode plan = inAPlan();
    Figures figures = new Figures(AMOUNT, SHARE, YEAR, DATE, PERIOD, SchemaVersion.CURRENT,
        SpendCategory.CONSULTANCY, List.of(Theme.TECHNOLOGY_AND_DATA), ProjectStatus.IN_PROGRESS,
        Map.of("x-extra", PlanJson.rawJson("{\"b\":[1,2.50],\"a\":null}")));

    String json = MAPPER.writeValueAsString(figures);
    JsonNode written = PLAIN.readTree(json);

    assertThat(written.get("amount")).isEqualTo(plan.at("/specifiedSpend/0/amount"));
    assertThat(written.get("share")).isEqualTo(plan.at("/specifiedSpend/0/shareOfPayBill"));
    assertThat(written.get("year")).isEqualTo(plan.at("/specifiedSpend/0/financialYear"));
    assertThat(written.get("category")).isEqualTo(plan.at("/specifiedSpend/0/category"));
    assertThat(written.get("date")).isEqualTo(plan.at("/planDate"));
    assertThat(written.get("period")).isEqualTo(plan.at("/projects/0/period"));
    assertThat(written.get("themes")).isEqualTo(plan.at("/projects/0/themes"));
    assertThat(written.get("status")).isEqualTo(plan.at("/projects/0/status"));
    assertThat(written.get("version")).isEqualTo(plan.at("/schemaVersion"));
    assertThat(written.get("extra").get("x-extra")).isEqualTo(plan.at("/x-extra"));
    assertThat(json).contains("\"amount\":{\"amount\":1500000.5,\"currency\":\"GBP\"}");

    assertThat(MAPPER.readValue(json, Figures.class)).isEqualTo(figures);
  }

  @Test
  void badValuesAreRefusedNamingWhatWasExpected() {
    assertThatThrownBy(() -> MAPPER.readValue("\"2023-24\"", FinancialYear.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("a financial year written YYYY/YY");
    assertThatThrownBy(() -> MAPPER.readValue("{\"amount\":5,\"currency\":\"EUR\"}", Money.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("\"currency\": \"GBP\"");
    assertThatThrownBy(() -> MAPPER.readValue("{\"amount\":\"5\",\"currency\":\"GBP\"}", Money.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("an \"amount\" in pounds");
    assertThatThrownBy(() -> MAPPER.readValue("{\"amount\":5,\"currency\":\"GBP\",\"pence\":1}", Money.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("unknown property 'pence'");
    assertThatThrownBy(() -> MAPPER.readValue("\"consultants\"", SpendCategory.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("consultancy");
    assertThatThrownBy(() -> MAPPER.readValue("{\"start\":\"soon\"}", DateRange.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("'start'");
  }
}
