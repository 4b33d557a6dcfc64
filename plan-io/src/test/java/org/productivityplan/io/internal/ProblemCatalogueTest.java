package org.productivityplan.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/format.md lists every problem id, and no other; ids are unique and well formed. */
class ProblemCatalogueTest {

  private static final Path FORMAT_DOC = Path.of("..", "docs", "format.md");

  @Test
  void idsAreUniqueAndWellFormed() {
    assertThat(Arrays.stream(Problem.values()).map(Problem::id))
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("IO0[0-9]{2}"));
  }

  @Test
  void formatDocumentListsEveryProblemInItsCatalogue() throws IOException {
    String doc = Files.readString(FORMAT_DOC);
    Matcher rows = Pattern.compile("^\\| `(IO[0-9]{3})` \\| ([a-z (),]+?) \\|", Pattern.MULTILINE).matcher(doc);
    Set<String> documented = new java.util.TreeSet<>();
    while (rows.find()) {
      documented.add(rows.group(1));
      Problem p = Arrays.stream(Problem.values()).filter(x -> x.id().equals(rows.group(1))).findFirst().orElseThrow();
      assertThat(rows.group(2)).as(p.id()).startsWith(p.severity().code());
    }
    assertThat(documented)
        .containsExactlyElementsOf(Arrays.stream(Problem.values()).map(Problem::id).sorted().collect(Collectors.toList()));
  }
}
