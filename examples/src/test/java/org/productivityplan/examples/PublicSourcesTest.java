package org.productivityplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.RuleInfo;

/**
 * What users read cites public documents: every rule's guidance reference and rationale, and every
 * fixture's {@code source}, name published documents (the minister's letter, the written statement,
 * a council's papers, the Transparency Code), never this project's internal files or their names.
 */
class PublicSourcesTest {

  /** Names of internal material: the seed texts, the rule specification, file paths. */
  static final Pattern INTERNAL =
      Pattern.compile(
          "(?i)\\bseeds?\\b|\\bspec\\b|specification\\s*§|shared/|\\.\\./|[\\w-]+/[\\w.-]+\\.(txt|md|json)\\b");

  private static final Path FIXTURES =
      Path.of("src/main/resources/org/productivityplan/examples");

  /** A JSON string member named "source", its value undecoded. */
  private static final Pattern SOURCE = Pattern.compile("\"source\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  @Test
  void theDetectorCatchesInternalNames() {
    assertThat(INTERNAL.matcher("Scrutiny seed §1.9").find()).isTrue();
    assertThat(INTERNAL.matcher("Guidance specification §3, integrity").find()).isTrue();
    assertThat(INTERNAL.matcher("Somerset (seeds/somerset-productivity-plan-2024.txt)").find())
        .isTrue();
    assertThat(
            INTERNAL
                .matcher("Somerset Council scrutiny committee paper, June 2024, para 1.9")
                .find())
        .isFalse();
  }

  @Test
  void everyRuleCitesPublicDocuments() {
    List<String> internal = new ArrayList<>();
    for (RuleInfo rule : PlanValidator.standard().rules()) {
      for (String text : List.of(rule.guidance(), rule.rationale(), rule.summary())) {
        if (INTERNAL.matcher(text).find()) {
          internal.add(rule.id() + ": " + text);
        }
      }
    }
    assertThat(PlanValidator.standard().rules()).isNotEmpty();
    assertThat(internal).as("rule texts naming internal material").isEmpty();
  }

  @Test
  void noFixtureSourceNamesAFileOrInternalMaterial() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(FIXTURES)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(4);
    List<String> internal = new ArrayList<>();
    int sources = 0;
    for (Path file : files) {
      Matcher matcher = SOURCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (matcher.find()) {
        sources++;
        if (INTERNAL.matcher(matcher.group(1)).find()) {
          internal.add(FIXTURES.relativize(file) + ": " + matcher.group(1));
        }
      }
    }
    assertThat(sources).as("fixture sources found").isGreaterThan(4);
    assertThat(internal).as("fixture sources naming internal material").isEmpty();
  }
}
