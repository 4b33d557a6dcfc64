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
}
