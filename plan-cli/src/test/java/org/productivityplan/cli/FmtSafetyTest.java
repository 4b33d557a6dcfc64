package org.productivityplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code plan fmt} never loses a byte: it replaces a file atomically or not at all, one bad file
 * does not stop the others, the document kind is decided by the one shared rule, no value is
 * dropped or rewritten, and what it would write must read back within the reader's limits.
 */
class FmtSafetyTest {

  private static final String HEAD =
      "{\"schemaVersion\":\"1.0\",\"council\":{\"name\":\"Somerset Council\"},\"title\":\"T\"";

  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static String canonical(String json) {
    return org.productivityplan.io.PlanJson.standard()
        .write(org.productivityplan.io.PlanJson.standard().read(json).value().orElseThrow());
  }

  @Test
  void oneBadFileIsOneLineAndTheOthersAreStillFormatted() throws IOException {
    Path bad = file("bad.json", Plans.MALFORMED);
    Path good = file("good.json", Plans.MINIMAL);
    Path missing = dir.resolve("missing.json");

    Cli.Result result = Cli.run("fmt", bad.toString(), missing.toString(), good.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(3);
    assertThat(result.errLines().get(0)).startsWith("plan: " + bad + ":");
    assertThat(result.errLines().get(1)).startsWith("plan: " + missing + ":");
    assertThat(result.errLines().get(2)).isEqualTo("reformatted " + good);
    assertThat(Files.readString(good)).isEqualTo(canonical(Plans.MINIMAL));
    assertThat(Files.readString(bad)).isEqualTo(Plans.MALFORMED);
  }

  @Test
  void aFileThatCannotBeRewrittenIsOneLineAndTheOthersGoOn() throws Exception {
    // A named pipe reads like a file but cannot be replaced: its plan is not canonical.
    Path fifo = dir.resolve("plan.fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    CompletableFuture<Void> feeder =
        CompletableFuture.runAsync(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(Plans.MINIMAL.getBytes(StandardCharsets.UTF_8));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    Path good = file("good.json", Plans.MINIMAL);

    Cli.Result result = Cli.run("fmt", fifo.toString(), good.toString());
    feeder.get(30, TimeUnit.SECONDS);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.errLines())
        .containsExactly(
            "plan: " + fifo + ": cannot be rewritten: not a regular file, so it cannot be rewritten"
                + " in place; left as it is",
            "reformatted " + good);
    assertThat(Files.isRegularFile(fifo)).as("still a pipe").isFalse();
  }

  @Test
  void permissionsAndSymbolicLinksAreKept() throws IOException {
    Path plan = file("plan.json", Plans.MINIMAL);
    Files.setPosixFilePermissions(plan, PosixFilePermissions.fromString("rw-r-----"));
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), plan.getFileName());

    Cli.Result result = Cli.run("fmt", link.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Files.isSymbolicLink(link)).as("the link is still a link").isTrue();
    assertThat(Files.readString(plan)).isEqualTo(canonical(Plans.MINIMAL));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(plan)))
        .isEqualTo("rw-r-----");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("no temporary file left")
          .containsExactlyInAnyOrder("plan.json", "link.json");
    }
  }

  /** The defect: empty council-plan lists made fmt read a productivity plan as a council plan. */
  @Test
  void emptyCouncilPlanListsInAProductivityPlanAreKept() throws IOException {
    String json = HEAD + ",\"vision\":[],\"principles\":[],\"relatedStrategies\":[]}";
    Path plan = file("plan.json", json);

    Cli.Result validate = Cli.run("validate", "--format", "json", plan.toString());
    Cli.Result fmt = Cli.run("fmt", plan.toString());

    assertThat(validate.json().toString()).contains("IO026").contains("vision");
    assertThat(fmt.exitCode()).as(fmt.toString()).isZero();
    assertThat(Cli.MAPPER.readTree(Files.readString(plan))).isEqualTo(Cli.MAPPER.readTree(json));
  }

  /** The defect: a council plan of format 1.3 was written back as 1.0. */
  @Test
  void aCouncilPlanKeepsItsNewerMinorVersion() throws IOException {
    String json =
        "{\"schemaVersion\":\"1.3\",\"title\":\"Business Plan\",\"vision\":[\"A county\"],"
            + "\"futureProperty\":{\"kept\":true}}";
    Path plan = file("council.json", json);

    Cli.Result result = Cli.run("fmt", plan.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    String written = Files.readString(plan);
    assertThat(written).startsWith("{\n  \"schemaVersion\": \"1.3\",\n");
    assertThat(Cli.MAPPER.readTree(written)).isEqualTo(Cli.MAPPER.readTree(json));
    assertThat(Cli.run("fmt", "--check", plan.toString()).exitCode()).isZero();
  }

  /** validate and fmt read every document as the same kind: one refuses it when the other does. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        HEAD + ",\"period\":\"2024\"}",
        HEAD + ",\"vision\":[\"A\"],\"keyFigures\":[{\"label\":1}]}",
        HEAD + ",\"outcomes\":[{\"id\":\"o\",\"title\":\"O\"}]}",
        HEAD + ",\"vision\":[],\"projects\":[]}",
        HEAD + ",\"vision\":[\"A\"],\"planDate\":\"2024-07-10\"}",
        "{\"schemaVersion\":\"1.0\",\"title\":\"Business Plan\",\"vision\":[\"A\"]}",
        "{\"schemaVersion\":\"1.0\",\"title\":\"Business Plan\"}"
      })
  void validateAndFmtAgreeOnWhatCannotBeRead(String json) throws IOException {
    Path plan = file("plan.json", json);

    int validate = Cli.run("validate", plan.toString()).exitCode();
    Cli.Result check = Cli.run("fmt", "--check", plan.toString());

    assertThat(check.exitCode() == 2).as(check.toString()).isEqualTo(validate == 2);
  }

  /** The defect: a valid 400 KB plan was written as 26 MB, which the reader then refused. */
  @Test
  void whatTheReaderWouldRefuseIsNeverWritten() throws IOException {
    String deep = "[".repeat(62) + "0,".repeat(99_999) + "0" + "]".repeat(62);
    String json = HEAD + ",\"a\":" + deep + ",\"b\":" + deep + "}";
    Path plan = file("deep.json", json);
    assertThat(Cli.run("validate", plan.toString()).exitCode()).as("the reader takes it").isNotEqualTo(2);

    Cli.Result result = Cli.run("fmt", plan.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err())
        .startsWith("plan: " + plan + ": its canonical form would be ")
        .contains("ReadLimits.maxDocumentSize")
        .endsWith("left as it is\n");
    assertThat(Files.readString(plan)).isEqualTo(json);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dev/zero", "/dev/urandom"})
  void endlessDevicesAreReadOnlyToTheLimit(String device) {
    for (List<String> args : List.of(List.of("fmt", device), List.of("fmt", "--check", device))) {
      Cli.Result result = Cli.run(args.toArray(String[]::new));

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
      assertThat(result.errLines()).hasSize(1);
      assertThat(result.err()).startsWith("plan: " + device + ":");
    }
  }

  @Test
  void aPipeFedTwoHundredMegabytesIsReadOnlyToTheLimit() throws Exception {
    Path fifo = dir.resolve("big.fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    long[] written = {0};
    CompletableFuture<Void> feeder =
        CompletableFuture.runAsync(
            () -> {
              byte[] spaces = " ".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
              try (OutputStream out = Files.newOutputStream(fifo)) {
                while (written[0] < 200_000_000L) {
                  out.write(spaces);
                  written[0] += spaces.length;
                }
              } catch (IOException e) {
                // The reader stopped at its limit and closed the pipe: expected.
              }
            });

    Cli.Result result = Cli.run("fmt", "--check", fifo.toString());
    feeder.get(60, TimeUnit.SECONDS);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).startsWith("plan: " + fifo + ":").contains("IO006");
    assertThat(written[0]).as("bytes written of 200 MB").isLessThan(20_000_000L);
  }

  @Test
  void controlCharactersInFileNamesAreEscaped() throws IOException {
    Path plan = file("evil\u001b[2J\u202Enosj.json", Plans.MINIMAL);

    Cli.Result check = Cli.run("fmt", "--check", plan.toString());
    Cli.Result fmt = Cli.run("fmt", plan.toString());
    Cli.Result missing = Cli.run("fmt", dir.resolve("gone\n.json").toString());

    for (Cli.Result result : List.of(check, fmt, missing)) {
      assertThat(result.out() + result.err())
          .as(result.toString())
          .doesNotContain("\u001b", "\u202E");
    }
    assertThat(check.out()).isEqualTo(dir.resolve("evil\\u001b[2J\\u202enosj.json") + "\n");
    assertThat(fmt.err()).isEqualTo("reformatted " + dir.resolve("evil\\u001b[2J\\u202enosj.json") + "\n");
    assertThat(missing.errLines()).hasSize(1);
    assertThat(missing.err()).contains("gone\\n.json");
  }
}
