package org.productivityplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar in a 64 MB heap on hostile files: each gives one line on standard error naming
 * the file, exit code 2, and no stack trace, whatever its size.
 */
class HostileInputJarIT {

  private static final String HEAD = "{\"schemaVersion\": \"1.0\", \"council\": {\"name\": \"C\"}, \"title\": \"T\", ";

  private static Path jar;

  @TempDir Path dir;

  @BeforeAll
  static void findTheJar() {
    String property = System.getProperty("plan.jar");
    assertThat(property).as("system property plan.jar, set by the POM").isNotBlank();
    jar = Path.of(property);
    assertThat(jar).isRegularFile();
  }

  private static CompletableFuture<String> read(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try (stream) {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void everyHostileFileGetsOneLineInASmallHeap() throws Exception {
    List<Path> files = new ArrayList<>();
    Path sparse = dir.resolve("hundred-megabytes.json");
    try (RandomAccessFile raf = new RandomAccessFile(sparse.toFile(), "rw")) {
      raf.setLength(100_000_000L);
    }
    files.add(sparse);
    files.add(Files.writeString(dir.resolve("deep.json"), HEAD + "\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"));
    files.add(Files.writeString(dir.resolve("long-string.json"), HEAD + "\"introduction\": \"" + "s".repeat(2_000_000) + "\"}"));
    files.add(Files.writeString(dir.resolve("million-digits.json"), HEAD + "\"extra\": " + "9".repeat(1_000_000) + "}"));
    byte[] garbage = new byte[100_000];
    new Random(3).nextBytes(garbage);
    files.add(Files.write(dir.resolve("garbage.json"), garbage));

    for (Path file : files) {
      List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx64m", "-jar", jar.toString(), "validate", file.toString());
      Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
      process.getOutputStream().close();
      CompletableFuture<String> out = read(process.getInputStream());
      CompletableFuture<String> err = read(process.getErrorStream());
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished within a minute", file).isTrue();
      String stderr = err.get();
      String stdout = out.get();

      assertThat(process.exitValue()).as("%s%n%s%n%s", file, stdout, stderr).isEqualTo(2);
      assertThat(stderr.lines().count()).as(stderr).isEqualTo(1);
      assertThat(stderr).startsWith("plan: " + file);
      assertThat(stdout + stderr).doesNotContain("Exception", "\tat ", "OutOfMemoryError", "Caused by");
    }
  }

  private record Run(int exit, String out, String err) {}

  private Run run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    process.getOutputStream().close();
    CompletableFuture<String> out = read(process.getInputStream());
    CompletableFuture<String> err = read(process.getErrorStream());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    return new Run(process.exitValue(), out.get(), err.get());
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A valid plan of about 14 MB: a long introduction, within every read limit. */
  private Path bigPlan() throws IOException {
    StringBuilder intro = new StringBuilder(HEAD).append("\"x\": [");
    for (int i = 0; i < 14; i++) {
      intro.append(i == 0 ? "" : ",").append('"').append("p".repeat(999_000)).append('"');
    }
    return Files.writeString(dir.resolve("big.json"), intro.append("]}").toString());
  }

  /** Out of memory: one line naming the file and what to do, exit 70, no stack trace. */
  @Test
  void runningOutOfMemoryIsOneLineAndExit70() throws Exception {
    Path big = bigPlan();
    for (String command : List.of("fmt", "validate")) {
      Run run = run(List.of(java(), "-Xmx24m", "-jar", jar.toString(), command, big.toString()));

      assertThat(run.exit()).as("%s: %s", command, run).isEqualTo(70);
      assertThat(run.err().lines().count()).as(run.err()).isEqualTo(1);
      assertThat(run.err())
          .startsWith("plan: " + big + ": out of memory")
          .contains("-Xmx");
      assertThat(run.out() + run.err()).doesNotContain("\tat ", "Exception", "java.lang.OutOfMemoryError");
    }
  }

  /** The defect: under a file-size limit fmt left the plan cut at 8,192 bytes of invalid JSON. */
  @Test
  void aFileSizeLimitLeavesThePlanAsItWas() throws Exception {
    String squeezed =
        Cli.MAPPER.writeValueAsString(Cli.MAPPER.readTree(Plans.fixture("devon-2024")));
    Path plan = Files.writeString(dir.resolve("devon.json"), squeezed);
    assertThat(Plans.fixture("devon-2024").length()).as("canonical is past the limit").isGreaterThan(8192);

    Run run =
        run(
            List.of(
                "bash",
                "-c",
                "ulimit -f 8; exec \"$0\" -XX:-UsePerfData -jar \"$1\" fmt \"$2\" plan-fmt-next-file-missing.json",
                java(),
                jar.toString(),
                plan.toString()));

    assertThat(run.exit()).as("%s", run).isEqualTo(2);
    assertThat(run.err().lines().toList().get(0))
        .startsWith("plan: " + plan + ": cannot be rewritten: ")
        .endsWith("; left as it is");
    assertThat(run.err().lines().count()).as("and the next file is still tried").isEqualTo(2);
    assertThat(Files.readString(plan)).isEqualTo(squeezed);
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("devon.json");
    }
  }

  /**
   * The defect: a read-only file stopped the run with exit 70 and AccessDeniedException. Run as an
   * ordinary user (root may write anything), where the system has one to switch to.
   */
  @Test
  void aReadOnlyOrUnreadableFileIsOneLineAndTheNextIsFormatted() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv")),
        "needs root and setpriv to run as an ordinary user");
    Path shared = Files.createDirectories(Path.of("/tmp").resolve("plan-fmt-" + ProcessHandle.current().pid()));
    try {
      Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
      Path readOnly = Files.writeString(shared.resolve("read-only.json"), Plans.MINIMAL);
      Files.setPosixFilePermissions(readOnly, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
      Path unreadable = Files.writeString(shared.resolve("unreadable.json"), Plans.MINIMAL);
      Files.setPosixFilePermissions(unreadable, java.nio.file.attribute.PosixFilePermissions.fromString("-w-------"));
      Path good = Files.writeString(shared.resolve("good.json"), Plans.MINIMAL);
      Files.setPosixFilePermissions(good, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));

      Run run =
          run(
              List.of(
                  "/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                  java(), "-XX:-UsePerfData", "-jar", jar.toString(), "fmt",
                  readOnly.toString(), unreadable.toString(), good.toString()));

      assertThat(run.exit()).as("%s", run).isEqualTo(2);
      assertThat(run.err().lines().toList())
          .as("%s", run)
          .hasSize(3)
          .satisfies(
              lines -> {
                assertThat(lines.get(0)).startsWith("plan: " + readOnly + ": ").contains("permission denied");
                assertThat(lines.get(1)).startsWith("plan: " + unreadable + ": ").contains("permission denied");
                assertThat(lines.get(2)).isEqualTo("reformatted " + good);
              });
      assertThat(run.err()).doesNotContain("Exception", "internal error");
      assertThat(Files.readString(readOnly)).isEqualTo(Plans.MINIMAL);
    } finally {
      try (var files = Files.list(shared)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(shared);
    }
  }
}
