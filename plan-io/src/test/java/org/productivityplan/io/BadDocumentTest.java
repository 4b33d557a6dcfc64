package org.productivityplan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;

/**
 * A table of bad documents, each with the exact problems it must give: id, pointer, line and
 * column, and whether a plan could still be built.
 */
class BadDocumentTest {

  private static final PlanJson JSON = PlanJson.standard();

  /** The start of a good document, 51 characters on line 1; add members after it. */
  private static final String HEAD = "{\"schemaVersion\": \"1.0\", \"council\": {\"name\": \"C\"}, ";

  private static Tuple p(String id, String pointer, int line, int column) {
    return tuple(id, pointer, line, column);
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("empty document", "", List.of(p("IO001", "", 1, 1))),
        Arguments.of("unclosed object", "{\"schemaVersion\": \"1.0\"", List.of(p("IO001", "", 1, 24))),
        Arguments.of("trailing comma", "{\"schemaVersion\": \"1.0\",}", List.of(p("IO001", "", 1, 25))),
        Arguments.of("comment", "// plan\n{}", List.of(p("IO001", "", 1, 1))),
        Arguments.of("single quotes", "{'title': 'T'}", List.of(p("IO001", "", 1, 2))),
        Arguments.of("trailing content", "{\"schemaVersion\": \"1.0\"} {}", List.of(p("IO002", "", 1, 26))),
        Arguments.of("trailing garbage", "{\"schemaVersion\": \"1.0\"}\n]", List.of(p("IO002", "", 2, 1))),
        Arguments.of("duplicate key", "{\"title\": \"A\",\n  \"title\": \"B\"}", List.of(p("IO003", "/title", 2, 3))),
        Arguments.of("duplicate key deep", HEAD + "\"context\": {\"reserves\": {\"amount\": 1, \"amount\": 2}}",
            List.of(p("IO003", "/context/reserves/amount", 1, 90))),
        Arguments.of("NaN", HEAD + "\"title\": NaN}", List.of(p("IO004", "/title", 1, 61))),
        Arguments.of("Infinity", HEAD + "\"kpis\": [{\"id\": \"K\", \"name\": \"N\", \"baseline\": {\"value\": -Infinity}}]}",
            List.of(p("IO004", "/kpis/0/baseline/value", 1, 108))),
        Arguments.of("undefined", HEAD + "\"title\": undefined}", List.of(p("IO004", "/title", 1, 61))),
        Arguments.of("root is an array", "[]", List.of(p("IO008", "", 1, 1))),
        Arguments.of("root is a string", "  \"plan\"", List.of(p("IO008", "", 1, 3))),
        Arguments.of("major version 2", "{\"schemaVersion\": \"2.0\", \"title\": \"T\"}", List.of(p("IO009", "/schemaVersion", 1, 19))),
        Arguments.of("no council", "{\"schemaVersion\": \"1.0\", \"title\": \"T\"}",
            List.of(p("IO025", "", 1, 1), p("IO012", "", 1, 1))),
        Arguments.of("title not a string", HEAD + "\"title\": 7}",
            List.of(p("IO012", "", 1, 1), p("IO020", "/title", 1, 61))),
        Arguments.of("council without a name", "{\"schemaVersion\": \"1.0\", \"title\": \"T\",\n \"council\": {\"gssCode\": \"E06000066\"}}",
            List.of(p("IO012", "", 1, 1), p("IO025", "/council", 2, 13), p("IO012", "/council", 2, 13))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void documentIsRefusedWithExactProblems(String name, String document, List<Tuple> expected) {
    ReadResult<ProductivityPlan> result = JSON.read(document);

    assertThat(result.value()).isEmpty();
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.problems())
        .extracting(Finding::ruleId, Finding::pointer, f -> f.line().orElse(0), f -> f.column().orElse(0))
        .containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> readWithProblems() {
    return Stream.of(
        Arguments.of("unknown status code", HEAD + "\"title\": \"T\", \"status\": \"done\"}",
            List.of(p("IO021", "/status", 1, 76))),
        Arguments.of("bad plan date", HEAD + "\"title\": \"T\", \"planDate\": \"July 2024\"}",
            List.of(p("IO022", "/planDate", 1, 78))),
        Arguments.of("no such day", HEAD + "\"title\": \"T\", \"submission\": {\"date\": \"2024-02-30\"}}",
            List.of(p("IO022", "/submission/date", 1, 89))),
        Arguments.of("bad financial year", HEAD + "\"title\": \"T\",\n\"specifiedSpend\": [{\"id\": \"S\", \"category\": \"edi\", \"financialYear\": \"2023-24\"}]}",
            List.of(p("IO023", "/specifiedSpend/0/financialYear", 2, 68))),
        Arguments.of("money amount a string", HEAD + "\"title\": \"T\",\n\"context\": {\"reserves\": {\"amount\": \"13m\", \"currency\": \"GBP\"}}}",
            List.of(p("IO012", "/context/reserves", 2, 25), p("IO020", "/context/reserves/amount", 2, 36))),
        Arguments.of("money in euros", HEAD + "\"title\": \"T\",\n\"context\": {\"reserves\": {\"amount\": 1, \"currency\": \"EUR\"}}}",
            List.of(p("IO012", "/context/reserves", 2, 25), p("IO024", "/context/reserves/currency", 2, 51))),
        Arguments.of("money without currency", HEAD + "\"title\": \"T\",\n\"context\": {\"reserves\": {\"amount\": 1}}}",
            List.of(p("IO024", "/context/reserves", 2, 25))),
        Arguments.of("money with a note", HEAD + "\"title\": \"T\",\n\"context\": {\"reserves\": {\"amount\": 1, \"currency\": \"GBP\", \"note\": \"x\"}}}",
            List.of(p("IO012", "/context/reserves", 2, 25), p("IO027", "/context/reserves/note", 2, 58))),
        Arguments.of("empty date range", HEAD + "\"title\": \"T\",\n\"councilPlan\": {\"title\": \"CP\", \"period\": {}}}",
            List.of(p("IO028", "/councilPlan/period", 2, 42))),
        Arguments.of("fractional page count", HEAD + "\"title\": \"T\",\n\"documentControl\": {\"pageCount\": 12.5}}",
            List.of(p("IO029", "/documentControl/pageCount", 2, 34))),
        Arguments.of("huge exponent", HEAD + "\"title\": \"T\",\n\"documentControl\": {\"pageCount\": 1e999999999}}",
            List.of(p("IO029", "/documentControl/pageCount", 2, 34))),
        Arguments.of("project without an id is dropped", HEAD + "\"title\": \"T\",\n\"projects\": [{\"name\": \"P\"}]}",
            List.of(p("IO025", "/projects/0", 2, 14), p("IO012", "/projects/0", 2, 14))),
        Arguments.of("theme list with a bad code", HEAD + "\"title\": \"T\",\n\"projects\": [{\"id\": \"P\", \"name\": \"P\", \"themes\": [\"technologyAndData\", \"theme5\"]}]}",
            List.of(p("IO021", "/projects/0/themes/1", 2, 71))),
        Arguments.of("narrative for no theme", HEAD + "\"title\": \"T\",\n\"narratives\": {\"theme5\": \"x\"}}",
            List.of(p("IO021", "/narratives/theme5", 2, 16))),
        Arguments.of("list is an object", HEAD + "\"title\": \"T\",\n\"kpis\": {}}",
            List.of(p("IO020", "/kpis", 2, 9))),
        Arguments.of("null element", HEAD + "\"title\": \"T\",\n\"barriers\": [null]}",
            List.of(p("IO020", "/barriers/0", 2, 14))),
        Arguments.of("no schemaVersion", "{\"council\": {\"name\": \"C\"}, \"title\": \"T\"}",
            List.of(p("IO010", "", 1, 1))),
        Arguments.of("malformed schemaVersion", "{\"schemaVersion\": \"one\", \"council\": {\"name\": \"C\"}, \"title\": \"T\"}",
            List.of(p("IO010", "/schemaVersion", 1, 19))),
        Arguments.of("boolean as a string", HEAD + "\"title\": \"T\",\n\"context\": {\"hasHousingRevenueAccount\": \"yes\"}}",
            List.of(p("IO020", "/context/hasHousingRevenueAccount", 2, 41))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readWithProblems")
  void planIsReadWithoutTheBadValueAndTheExactProblems(String name, String document, List<Tuple> expected) {
    ReadResult<ProductivityPlan> result = JSON.read(document);

    assertThat(result.value()).as("a plan is still built").isPresent();
    assertThat(result.problems())
        .extracting(Finding::ruleId, Finding::pointer, f -> f.line().orElse(0), f -> f.column().orElse(0))
        .containsExactlyElementsOf(expected);
    assertThat(result.problems()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void everyDataProblemIsFoundInOnePass() {
    String document = "{\n"
        + "  \"schemaVersion\": \"1.0\",\n"
        + "  \"council\": {\"name\": \"C\", \"gssCode\": 6},\n"
        + "  \"title\": \"T\",\n"
        + "  \"status\": \"done\",\n"
        + "  \"planDate\": \"2024-13\",\n"
        + "  \"projects\": [{\"id\": \"P\", \"name\": \"N\", \"status\": 3}, {\"name\": \"no id\"}],\n"
        + "  \"specifiedSpend\": [{\"id\": \"S\", \"category\": \"edi\", \"financialYear\": \"2023/25\"}]\n"
        + "}\n";

    ReadResult<ProductivityPlan> result = JSON.read(document);

    assertThat(result.problems())
        .extracting(Finding::ruleId, Finding::pointer, f -> f.line().orElse(0), f -> f.column().orElse(0))
        .containsExactly(
            p("IO020", "/council/gssCode", 3, 39),
            p("IO021", "/status", 5, 13),
            p("IO022", "/planDate", 6, 15),
            p("IO020", "/projects/0/status", 7, 51),
            p("IO025", "/projects/1", 7, 55),
            p("IO012", "/projects/1", 7, 55),
            p("IO023", "/specifiedSpend/0/financialYear", 8, 70));
    ProductivityPlan plan = result.value().orElseThrow();
    assertThat(plan.council().gssCode()).isEmpty();
    assertThat(plan.status()).isEmpty();
    assertThat(plan.projects()).singleElement().satisfies(pr -> assertThat(pr.status()).isEmpty());
    assertThat(plan.specifiedSpend()).singleElement().satisfies(s -> assertThat(s.financialYear()).isEmpty());
  }

  @Test
  void aProblemNamesThePropertyWhatWasExpectedAndWhatWasFound() {
    Finding f = JSON.read(HEAD + "\"title\": \"T\", \"status\": \"done\"}").problems().get(0);

    assertThat(f.message())
        .isEqualTo("At /status (line 1, column 76): property 'status': expected a plan status code"
            + " (draft, final, endorsed, submitted, published), but found a string \"done\"");
    assertThat(f.arguments())
        .containsExactly("status", "a plan status code (draft, final, endorsed, submitted, published)", "a string \"done\"");
    assertThat(f.messageKey()).isEqualTo("IO021");
  }

  @Test
  void aDateMessageExplainsAnImpossibleDayButDoesNotRestateTheForm() {
    String noSuchDay = JSON.read(HEAD + "\"title\": \"T\", \"submission\": {\"date\": \"2024-02-30\"}}")
        .problems().get(0).message();
    String badForm = JSON.read(HEAD + "\"title\": \"T\", \"planDate\": \"July 2024\"}").problems().get(0).message();

    assertThat(noSuchDay).contains("but found a string \"2024-02-30\" (").contains("FEBRUARY 30");
    assertThat(badForm).endsWith("but found a string \"July 2024\"");
  }

  @Test
  void nullForAnOptionalPropertyIsReadAsNotStatedAndSaidSo() {
    ReadResult<ProductivityPlan> result = JSON.read(HEAD + "\"title\": \"T\", \"status\": null}");

    assertThat(result.value().orElseThrow().status()).isEmpty();
    assertThat(result.problems())
        .extracting(Finding::ruleId, Finding::severity, Finding::pointer)
        .containsExactly(tuple("IO030", Severity.INFO, "/status"));
  }
}
