package org.productivityplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected output kept in {@code src/test/resources/golden}. Run with {@code
 * -Dgolden.update=true} to write what the code produces now, then read the change before
 * committing it.
 */
final class Golden {

  private static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  /**
   * Checks that docs/analysis.md shows an output as it is, command and all.
   *
   * @param command the command line shown before the output
   * @param output the output
   */
  static void assertDocumented(String command, String output) throws IOException {
    Path doc =
        Path.of(System.getProperty("basedir", "."))
            .toAbsolutePath()
            .resolve("../docs/analysis.md")
            .normalize();
    assertThat(Files.readString(doc, StandardCharsets.UTF_8))
        .as("docs/analysis.md shows the output of %s as it is", command)
        .contains("$ " + command + "\n" + output);
  }

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file %s (write it with -Dgolden.update=true)", file).exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
