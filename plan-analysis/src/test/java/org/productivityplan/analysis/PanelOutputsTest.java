package org.productivityplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.productivityplan.examples.Example;
import org.productivityplan.examples.ExamplePlans;
import org.productivityplan.model.Barrier;
import org.productivityplan.model.Council;
import org.productivityplan.model.FinancialYear;
import org.productivityplan.model.Money;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.SpecifiedSpend;
import org.productivityplan.model.SpendCategory;
import org.productivityplan.validation.PlanValidator;

/** The JSON against its schema, and the CSV tables as a spreadsheet reads them. */
class PanelOutputsTest {

  private static final Path SCHEMA =
      Path.of(System.getProperty("basedir", "."))
          .toAbsolutePath()
          .resolve("../docs/panel-summary-1.0.schema.json")
          .normalize();

  private static Schema schema;

  @TempDir Path dir;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
  }

  /** Every bundled plan, the unreadable one included. */
  static PanelSummary bundled() {
    PanelSummary.Builder builder = PanelSummary.builder();
    for (Example example : ExamplePlans.examples()) {
      if (example.isReadable()) {
        builder.add(
            example.plan(),
            PlanValidator.standard().validate(example.plan(), List.of(), "example:" + example.name()));
      } else {
        builder.addUnreadable("example:" + example.name(), example.read().problems());
      }
    }
    return builder.build();
  }

  /** A plan whose text would be a formula, a quoted field and a line break in a spreadsheet. */
  private static PanelSummary awkward() {
    ProductivityPlan plan =
        ProductivityPlan.builder()
            .council(Council.builder().name("=HYPERLINK(\"http://evil\")").build())
            .title("Plan")
            .addSpecifiedSpend(
                SpecifiedSpend.builder()
                    .id("a")
                    .category(SpendCategory.AGENCY_STAFF)
                    .scope("Children's, adults'\nand \"others\"")
                    .amount(Money.ofPounds(-12))
                    .financialYear(FinancialYear.of(2023))
                    .build())
            .addBarriers(Barrier.builder().id("b").asks(List.of("+ more money, please")).build())
            .build();
    return PanelSummary.builder()
        .add(plan, PlanValidator.standard().validate(plan))
        .build();
  }

  @Test
  void theJsonOfTheBundledPlansFollowsTheSchema() throws IOException {
    String json = bundled().toJson();
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    assertThat(errors).isEmpty();
    assertThat(json)
        .startsWith("{\n  \"panelSummaryVersion\": \"1.0\",\n  \"inputs\": " + ExamplePlans.examples().size() + ",")
        .contains("\"unreadable\": [\n    {\n      \"source\": \"example:future-major\"");
  }

  @Test
  void theJsonOfAnAwkwardPlanFollowsTheSchema() {
    assertThat(schema.validate(awkward().toJson(), InputFormat.JSON)).isEmpty();
    assertThat(schema.validate(PanelSummary.builder().build().toJson(), InputFormat.JSON)).isEmpty();
  }

  @Test
  void aSummaryThatBreaksTheSchemaIsCaught() {
    String broken = bundled().toJson().replace("\"panelSummaryVersion\": \"1.0\"", "\"panelSummaryVersion\": \"2.0\"");
    assertThat(schema.validate(broken, InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void csvTablesAreRfc4180WithOneRowPerRecord() throws IOException {
    Map<String, String> tables = awkward().toCsv();
    assertThat(tables.keySet())
        .containsExactly(
            "plans.csv", "themes.csv", "rules.csv", "spend-table.csv", "spend.csv", "spend-totals.csv",
            "barriers.csv", "asks.csv", "kpis.csv", "unreadable.csv");
    for (String table : tables.values()) {
      assertThat(table).endsWith("\r\n");
    }
    List<CSVRecord> spend = parse(tables.get("spend.csv"));
    CSVRecord agency =
        spend.stream().filter(r -> r.get("Category").equals("agencyStaff")).findFirst().orElseThrow();
    assertThat(agency.get("Scope")).isEqualTo("Children's, adults'\nand \"others\"");
    assertThat(agency.get("Amount (GBP)")).isEqualTo("-12");
    assertThat(agency.get("Financial year")).isEqualTo("2023/24");
    // A council's name that a spreadsheet would run as a formula is written as text.
    assertThat(agency.get("Council")).isEqualTo("'=HYPERLINK(\"http://evil\")");
    assertThat(parse(tables.get("asks.csv")).get(0).get("Ask")).isEqualTo("'+ more money, please");
    assertThat(spend)
        .filteredOn(r -> r.get("Category").equals("consultancy"))
        .singleElement()
        .extracting(r -> r.get("Reported"))
        .isEqualTo("not reported");
  }

  @Test
  void csvFilesAreUtf8WithAByteOrderMark() throws IOException {
    List<Path> files = bundled().writeCsv(dir.resolve("tables"));

    assertThat(files).hasSize(10);
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    }
    String plans = Files.readString(dir.resolve("tables/plans.csv"), StandardCharsets.UTF_8);
    List<CSVRecord> records = parse(plans.substring(1));
    assertThat(records).hasSize(bundled().plans().size());
    assertThat(records.get(0).get("Council")).isEqualTo("Devon County Council");
    List<CSVRecord> table = parse(Files.readString(dir.resolve("tables/spend-table.csv")).substring(1));
    CSVRecord somerset =
        table.stream().filter(r -> r.get("Plan").equals("Somerset Council")).findFirst().orElseThrow();
    assertThat(somerset.get("Consultants")).isEqualTo("not reported");
    assertThat(somerset.get("Agency staff")).isEqualTo("£13,100,000 (2023/24)");
    assertThat(somerset.get("Trade union facility time"))
        .isEqualTo("0.03% of the pay bill (2022/23, Central staff); 0.1% of the pay bill (2022/23, Education staff)");
    List<CSVRecord> rules = parse(Files.readString(dir.resolve("tables/rules.csv")).substring(1));
    assertThat(rules).hasSize(PlanValidator.standard().rules().size());
    CSVRecord pp164 = rules.stream().filter(r -> r.get("Id").equals("PP164")).findFirst().orElseThrow();
    assertThat(pp164.get("Not meeting"))
        .contains("Harrowfield District Council (example:rule-PP164); Sefton Council")
        .isEqualTo(
            String.join(
                "; ",
                bundled().rules().stream()
                    .filter(r -> r.id().equals("PP164"))
                    .flatMap(r -> r.notMeeting().stream())
                    .map(PanelSummary.PlanEntry::label)
                    .toList()));
    assertThat(pp164.get("Meeting: metropolitan borough")).isEqualTo("0");
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv))
        .getRecords();
  }
}
