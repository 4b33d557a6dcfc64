package org.productivityplan.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** SARIF artifact locations: always a reference relative to the working directory, never a scheme. */
class SarifUriTest {

  @Test
  void aRelativePathIsPercentEncodedSegmentBySegment() {
    assertThat(SarifReport.uri("plans/somerset plan.json")).isEqualTo("plans/somerset%20plan.json");
    assertThat(SarifReport.uri("plans\\devon.json")).isEqualTo("plans/devon.json");
    assertThat(SarifReport.uri("café.json")).isEqualTo("caf%C3%A9.json");
  }

  /** The defect: a file named like a URI was emitted as that URI. */
  @Test
  void aFileNamedLikeAUriIsStillARelativeFile() {
    assertThat(SarifReport.uri("javascript:/alert(1).json")).isEqualTo("javascript%3A/alert(1).json");
    assertThat(SarifReport.uri("https://example.org/x.json")).isEqualTo("https%3A/example.org/x.json");
    assertThat(SarifReport.uri("example:somerset-2024")).isEqualTo("example%3Asomerset-2024");
    assertThat(SarifReport.uri("<stdin>")).isEqualTo("%3Cstdin%3E");
  }

  @Test
  void anAbsolutePathIsMadeRelativeToTheWorkingDirectory() {
    Path here = Path.of("").toAbsolutePath();
    assertThat(SarifReport.uri(here.resolve("plans/a b.json").toString())).isEqualTo("plans/a%20b.json");
    String parent = SarifReport.uri(here.getParent().resolve("other.json").toString());
    assertThat(parent).isEqualTo("../other.json");
  }
}
