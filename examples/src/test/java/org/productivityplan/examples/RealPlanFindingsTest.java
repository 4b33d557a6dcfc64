package org.productivityplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.RuleInfo;
import org.productivityplan.validation.ValidationReport;

/**
 * Holds the validation outcome of each real plan: which rules fire, at which JSON Pointers, with
 * which severity. The expected outcome is data, in {@code
 * src/test/resources/expected/<name>.findings.txt}, and the table of {@code docs/real-plans.md}
 * is generated from it.
 *
 * <p>When a rule or a fixture changes on purpose, regenerate both and review the diff:
 *
 * <pre>
 * ./mvnw -B -q verify -pl examples -am -Dexamples.update=true
 * </pre>
 */
class RealPlanFindingsTest {

  private static final boolean UPDATE = Boolean.getBoolean("examples.update");
  private static final Path EXPECTED = Path.of("src/test/resources/expected");
  private static final Path TABLE = Path.of("../docs/real-plans.md");
  private static final PlanValidator VALIDATOR = PlanValidator.standard();
  private static final String REGENERATE =
      "./mvnw -B -q verify -pl examples -am -Dexamples.update=true";

  static List<Example> realPlans() {
    return ExamplePlans.realExamples();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realPlans")
  void findingsAreAsExpected(Example example) throws IOException {
    List<String> actual = lines(VALIDATOR.validate(example.plan()));
    Path file = EXPECTED.resolve(example.name() + ".findings.txt");

    if (UPDATE) {
      Files.createDirectories(EXPECTED);
      Files.writeString(file, header(example) + String.join("\n", actual) + "\n");
    }

    assertThat(Files.exists(file)).as(file + " is missing; create it with " + REGENERATE).isTrue();
    List<String> expected = read(file);
    List<String> missing = new ArrayList<>(expected);
    actual.forEach(missing::remove);
    List<String> unexpected = new ArrayList<>(actual);
    expected.forEach(unexpected::remove);
    assertThat(actual)
        .as(
            "findings on %s differ from %s%n  expected but not found: %s%n  found but not expected:"
                + " %s%nIf the change is intended, regenerate with %s and review the diff",
            example.name(), file, missing, unexpected, REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void theTableOfWhatEachRealPlanLacksIsUpToDate() throws IOException {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (Example example : realPlans()) {
      // When updating, from the validator itself: the expected files may not be written yet.
      expected.put(
          example.name(),
          UPDATE
              ? lines(VALIDATOR.validate(example.plan()))
              : read(EXPECTED.resolve(example.name() + ".findings.txt")));
    }
    String table = table(expected);

    if (UPDATE) {
      Files.writeString(TABLE, table);
    }

    assertThat(Files.readString(TABLE, StandardCharsets.UTF_8))
        .as("%s is stale; regenerate it with %s", TABLE, REGENERATE)
        .isEqualTo(table);
  }

  /** One line a finding, "PP130 warning /specifiedSpend/0", sorted by rule, pointer, severity. */
  static List<String> lines(ValidationReport report) {
    List<Finding> findings = new ArrayList<>(report.findings());
    findings.sort(
        Comparator.comparing(Finding::ruleId)
            .thenComparing(Finding::pointer, RealPlanFindingsTest::comparePointers)
            .thenComparing(f -> f.severity().code()));
    List<String> lines = new ArrayList<>();
    for (Finding finding : findings) {
      lines.add(
          finding.ruleId() + " " + finding.severity().code() + " "
              + (finding.pointer().isEmpty() ? "\"\"" : finding.pointer()));
    }
    return lines;
  }

  /** Orders JSON Pointers token by token, indexes by number: /projects/2 before /projects/10. */
  static int comparePointers(String a, String b) {
    String[] left = a.split("/", -1);
    String[] right = b.split("/", -1);
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int order =
          left[i].matches("\\d+") && right[i].matches("\\d+")
              ? Long.compare(Long.parseLong(left[i]), Long.parseLong(right[i]))
              : left[i].compareTo(right[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  @Test
  void pointersAreOrderedByIndexNumber() {
    List<String> pointers =
        new ArrayList<>(
            List.of("/projects/10", "/projects/2", "", "/kpis", "/projects/2/milestones"));

    pointers.sort(RealPlanFindingsTest::comparePointers);

    assertThat(pointers)
        .containsExactly("", "/kpis", "/projects/2", "/projects/2/milestones", "/projects/10");
  }

  private static String header(Example example) {
    return "# Expected findings of profile " + VALIDATOR.profile() + " on " + example.name()
        + ": rule, severity, JSON Pointer (\"\" is the whole plan).\n"
        + "# Generated; review each change. Regenerate with: " + REGENERATE + "\n";
  }

  private static List<String> read(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .toList();
  }

  private static final Map<String, String> TITLES =
      Map.of(
          ExamplePlans.SOMERSET_2024, "Somerset 2024",
          ExamplePlans.DEVON_2024, "Devon 2024",
          ExamplePlans.SEFTON_2024, "Sefton 2024");

  /** Renders the Markdown table from the expected findings of each plan. */
  static String table(Map<String, List<String>> findingsByPlan) {
    Map<String, RuleInfo> rules = new TreeMap<>();
    for (RuleInfo info : VALIDATOR.rules()) {
      rules.put(info.id(), info);
    }
    // rule id + severity -> plan -> count
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    Map<String, int[]> totals = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> plan : findingsByPlan.entrySet()) {
      int[] total = new int[Severity.values().length];
      for (String line : plan.getValue()) {
        String[] cells = line.split(" ", 3);
        counts
            .computeIfAbsent(cells[0] + " " + cells[1], k -> new LinkedHashMap<>())
            .merge(plan.getKey(), 1, Integer::sum);
        total[severity(cells[1]).ordinal()]++;
      }
      totals.put(plan.getKey(), total);
    }
    StringBuilder out = new StringBuilder();
    out.append("# What each real plan lacks against the guidance\n\n")
        .append("The examples module bundles faithful records of three councils' published 2024 ")
        .append("productivity plans. This is what profile `")
        .append(VALIDATOR.profile())
        .append("` finds in each: a number is how many findings the rule makes on that plan ")
        .append("(one per offending element), `-` means the plan meets the rule.\n\n")
        .append("Generated by `RealPlanFindingsTest` from ")
        .append("`examples/src/test/resources/expected/`; ")
        .append("do not edit by hand. Regenerate with `")
        .append(REGENERATE)
        .append("`.\n\n");
    out.append("| | ");
    findingsByPlan.keySet().forEach(p -> out.append(TITLES.getOrDefault(p, p)).append(" | "));
    out.setLength(out.length() - 1);
    out.append("\n|---|");
    findingsByPlan.keySet().forEach(p -> out.append("---|"));
    out.append('\n');
    for (String row : List.of("valid", "complete", "errors", "warnings", "information")) {
      out.append("| ").append(row).append(" |");
      for (int[] total : totals.values()) {
        String cell =
            switch (row) {
              case "valid" -> total[Severity.ERROR.ordinal()] == 0 ? "yes" : "no";
              case "complete" ->
                  total[Severity.ERROR.ordinal()] + total[Severity.WARNING.ordinal()] == 0
                      ? "yes"
                      : "no";
              case "errors" -> Integer.toString(total[Severity.ERROR.ordinal()]);
              case "warnings" -> Integer.toString(total[Severity.WARNING.ordinal()]);
              default -> Integer.toString(total[Severity.INFO.ordinal()]);
            };
        out.append(' ').append(cell).append(" |");
      }
      out.append('\n');
    }
    for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      List<String> keys =
          counts.keySet().stream().filter(k -> k.endsWith(" " + severity.code())).toList();
      out.append("\n## ")
          .append(
              switch (severity) {
                case ERROR -> "Errors: the plan's data contradicts itself";
                case WARNING -> "Warnings: what the 2024 guidance asked for and the plan lacks";
                default -> "Information: good practice the guidance did not demand";
              })
          .append("\n\n");
      if (keys.isEmpty()) {
        out.append("None.\n");
        continue;
      }
      out.append("| rule | what it asks | ");
      findingsByPlan.keySet().forEach(p -> out.append(TITLES.getOrDefault(p, p)).append(" | "));
      out.setLength(out.length() - 1);
      out.append("\n|---|---|");
      findingsByPlan.keySet().forEach(p -> out.append("---:|"));
      out.append('\n');
      for (String key : keys) {
        String id = key.substring(0, key.indexOf(' '));
        RuleInfo info = rules.get(id);
        out.append("| ")
            .append(id)
            .append(info == null ? "" : " " + info.name())
            .append(" | ")
            .append(info == null ? "" : info.summary().replace("|", "\\|"))
            .append(" |");
        for (String plan : findingsByPlan.keySet()) {
          Integer count = counts.get(key).get(plan);
          out.append(' ').append(count == null ? "-" : count.toString()).append(" |");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static Severity severity(String code) {
    for (Severity severity : Severity.values()) {
      if (severity.code().equals(code)) {
        return severity;
      }
    }
    throw new IllegalArgumentException("No severity has the code '" + code + "'");
  }
}
