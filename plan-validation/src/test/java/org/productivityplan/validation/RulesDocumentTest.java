package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Severity;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.internal.RulesDocument;
import org.productivityplan.validation.internal.rules.Dluhc2024Rules;

/**
 * Keeps {@code docs/rules.md} in step with the rules' metadata: fails when the committed file
 * differs from what the rules say, and rewrites it when run with {@code -Drules.doc.update=true}.
 */
class RulesDocumentTest {

  private static final Path DOC =
      Path.of(System.getProperty("basedir", "."))
          .toAbsolutePath()
          .resolve("../docs/rules.md")
          .normalize();

  private static String generated() {
    List<RuleInfo> rules = Dluhc2024Rules.all().stream().map(Rule::info).toList();
    return RulesDocument.markdown(Dluhc2024Rules.PROFILE, rules);
  }

  @Test
  void theCommittedDocumentMatchesTheRules() throws Exception {
    String expected = generated();
    if (Boolean.getBoolean("rules.doc.update")) {
      Files.createDirectories(DOC.getParent());
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(DOC))
        .as(
            "%s is missing; regenerate it with"
                + " ./mvnw -pl plan-validation -am test -Drules.doc.update=true",
            DOC)
        .isTrue();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as(
            "%s is out of date with the rules' metadata; regenerate it with"
                + " ./mvnw -pl plan-validation -am test -Drules.doc.update=true",
            DOC)
        .isEqualTo(expected);
  }

  @Test
  void everyRuleHasASectionWithItsMetadata() {
    RuleInfo rule =
        RuleInfo.builder()
            .id("PP130")
            .name("consultancy-spend-reported")
            .summary("Spend on consultants is reported.")
            .category(RuleCategory.SPECIFIED_SPEND)
            .defaultSeverity(Severity.WARNING)
            .guidance("Statement of 5 February 2024")
            .rationale("The statement asked for it by name.")
            .theme(Theme.REDUCING_WASTEFUL_SPEND)
            .build();

    String doc = RulesDocument.markdown("dluhc-2024", List.of(rule));

    assertThat(doc)
        .contains(
            "| [PP130](#pp130-consultancy-spend-reported) | consultancy-spend-reported"
                + " | warning | Specified spend | 3 | Spend on consultants is reported. |")
        .contains("## PP130 consultancy-spend-reported\n")
        .contains("- Guidance: Statement of 5 February 2024\n")
        .contains("- Theme: 3, Reducing wasteful spend\n")
        .contains("The statement asked for it by name.")
        .contains("| `@Pattern` | `Council.gssCode` | PP001 |")
        .contains("| SDK001 | rule-failed | error |");
  }
}
