package org.productivityplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.productivityplan.io.PlanJson;

/** {@code plan fmt}: canonical form in place, {@code --check}, and files left alone. */
class FmtTest {

  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path;
  }

  /** A canonical document squeezed onto one line: same content, not canonical. */
  private static String squeezed(String canonical) throws IOException {
    return Cli.MAPPER.writeValueAsString(Cli.MAPPER.readTree(canonical));
  }

  @Test
  void rewritesAPlanInCanonicalForm() throws IOException {
    Path plan = file("plan.json", Plans.MINIMAL);

    Cli.Result result = Cli.run("fmt", plan.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    String expected = PlanJson.standard().write(PlanJson.standard().read(Plans.MINIMAL).value().orElseThrow());
    assertThat(Files.readString(plan)).isEqualTo(expected).startsWith("{\n  \"schemaVersion\": \"1.0\",").endsWith("}\n");
    assertThat(result.err()).isEqualTo("reformatted " + plan + "\n");
  }

  @Test
  void leavesACanonicalFileUntouched() throws IOException {
    Path plan = file("plan.json", Plans.MINIMAL);
    Cli.run("fmt", plan.toString());
    Files.setLastModifiedTime(plan, java.nio.file.attribute.FileTime.fromMillis(0));

    Cli.Result again = Cli.run("fmt", plan.toString());

    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).isEmpty();
    assertThat(again.err()).isEmpty();
    assertThat(Files.getLastModifiedTime(plan).toMillis()).isZero();
  }

  @Test
  void keepsUnknownProperties() throws IOException {
    Path plan = file("plan.json", Plans.WITH_UNKNOWN_PROPERTY);

    Cli.run("fmt", plan.toString());

    assertThat(Cli.MAPPER.readTree(Files.readString(plan)))
        .isEqualTo(Cli.MAPPER.readTree(Plans.WITH_UNKNOWN_PROPERTY));
    assertThat(Files.readString(plan)).contains("\"colour\": \"blue\"");
  }

  @Test
  void checkListsFilesNotCanonicalAndChangesNothing() throws IOException {
    Path squeezed = file("squeezed.json", Plans.MINIMAL);
    Path canonical = file("canonical.json", Plans.MINIMAL);
    Cli.run("fmt", canonical.toString());

    Cli.Result result = Cli.run("fmt", "--check", squeezed.toString(), canonical.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEqualTo(squeezed + "\n");
    assertThat(Files.readString(squeezed)).isEqualTo(Plans.MINIMAL);
    assertThat(Cli.run("fmt", "--check", canonical.toString()).exitCode()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"somerset-2024", "devon-2024", "sefton-2024", "somerset-business-plan-2021"})
  void theBundledExamplesAreCanonicalAndComeBackExactly(String name) throws IOException {
    String fixture = Plans.fixture(name);
    Path copy = file(name + ".json", fixture);
    Path squeezed = file(name + "-squeezed.json", squeezed(fixture));

    Cli.Result check = Cli.run("fmt", "--check", copy.toString());
    Cli.Result format = Cli.run("fmt", squeezed.toString());

    assertThat(check.exitCode()).as(check.toString()).isZero();
    assertThat(format.exitCode()).as(format.toString()).isZero();
    assertThat(Files.readString(squeezed)).isEqualTo(fixture);
  }

  @Test
  void aFileThatCannotBeReadIsLeftAsItIs() throws IOException {
    Path bad = file("bad.json", Plans.MALFORMED);

    Cli.Result result = Cli.run("fmt", bad.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).startsWith("plan: " + bad + ":").contains("left as it is");
    assertThat(Files.readString(bad)).isEqualTo(Plans.MALFORMED);
  }

  @Test
  void aFileReadWithAnErrorIsNotRewritten() throws IOException {
    String wrongType =
        "{\"schemaVersion\":\"1.0\",\"council\":{\"name\":\"Somerset Council\"},"
            + "\"title\":\"Productivity Plan\",\"planDate\":42}";
    Path plan = file("plan.json", wrongType);

    Cli.Result result = Cli.run("fmt", plan.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("planDate").contains("left as it is");
    assertThat(Files.readString(plan)).isEqualTo(wrongType);
  }

  @Test
  void missingFileExitsTwo() {
    Cli.Result result = Cli.run("fmt", dir.resolve("nope.json").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).startsWith("plan: " + dir.resolve("nope.json") + ": ").contains("no such file");
  }

  @Test
  void formatsStandardInputToStandardOutput() {
    Cli.Result result = Cli.runWithInput(Plans.MINIMAL, "fmt", "-");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .isEqualTo(PlanJson.standard().write(PlanJson.standard().read(Plans.MINIMAL).value().orElseThrow()));
  }
}
