package org.productivityplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line on hostile input: whatever the file holds, {@code plan validate} and {@code plan
 * fmt --check} print one clear line on standard error naming the file, exit with code 2, and never
 * print a stack trace.
 */
class HostileInputTest {

  private static final String HEAD = "{\"schemaVersion\": \"1.0\", \"council\": {\"name\": \"C\"}, \"title\": \"T\", ";

  @TempDir Path dir;

  /** A hostile document: a name and a way to write it to a file. */
  interface Writer {
    void write(Path file) throws IOException;
  }

  private static Writer bytes(byte[] b) {
    return file -> Files.write(file, b);
  }

  private static Writer text(String s) {
    return bytes(s.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] garbage(long seed, int n) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("empty", bytes(new byte[0])),
        Arguments.of("binary-garbage", bytes(garbage(1, 4096))),
        Arguments.of("png-header", bytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0})),
        Arguments.of("malformed", text("{\"schemaVersion\": \"1.0\",\n  \"title\": ")),
        Arguments.of("nan", text(HEAD + "\"extra\": NaN}")),
        Arguments.of("duplicate-key", text(HEAD + "\"title\": \"again\"}")),
        Arguments.of("duplicate-key-with-controls",
            text(HEAD + "\"a\\n\\u001b[2Jb\": 1, \"a\\n\\u001b[2Jb\": 2}")),
        Arguments.of("invalid-utf8", bytes(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'})),
        Arguments.of("utf16", bytes(("\uFEFF" + HEAD + "\"x\": 1}").getBytes(StandardCharsets.UTF_16BE))),
        Arguments.of("root-array", text("[" + HEAD + "\"x\": 1}]")),
        Arguments.of("major-version-2", text("{\"schemaVersion\": \"2.0\", \"council\": {\"name\": \"C\"}, \"title\": \"T\"}")),
        Arguments.of("no-title", text("{\"schemaVersion\": \"1.0\", \"council\": {\"name\": \"C\"}}")),
        Arguments.of("deep-nesting", text(HEAD + "\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}")),
        Arguments.of("long-string", text(HEAD + "\"introduction\": \"" + "s".repeat(2_000_000) + "\"}")),
        Arguments.of("million-digits", text(HEAD + "\"extra\": " + "9".repeat(1_000_000) + "}")),
        Arguments.of("hundred-megabytes", (Writer) file -> {
          // Sparse: refused by its size before it is read.
          try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(100_000_000L);
          }
        }));
  }

  private static void assertOneCleanLineNaming(Cli.Result result, String file) {
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.errLines()).as(result.toString()).hasSize(1);
    assertThat(result.err()).startsWith("plan: " + file);
    assertNoStackTrace(result);
  }

  private static void assertNoStackTrace(Cli.Result result) {
    for (String stream : List.of(result.out(), result.err())) {
      assertThat(stream).doesNotContain("Exception", "\tat ", "at org.", "at java.", "Caused by");
    }
    // The report on standard output is checked by textReportIsFreeOfControlCharacters.
    assertThat(result.err()).as("no terminal control sequences").doesNotContain("\u001b");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void validateSaysOneLineNamingTheFile(String name, Writer writer) throws IOException {
    Path file = dir.resolve(name + ".json");
    writer.write(file);

    assertOneCleanLineNaming(Cli.run("validate", file.toString()), file.toString());
    Cli.Result json = Cli.run("validate", "--format", "json", file.toString());
    assertOneCleanLineNaming(json, file.toString());
    assertThat(json.json().get("reports").get(0).get("findings").get(0).get("ruleId").asText()).startsWith("IO");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void fmtSaysOneLineNamingTheFileAndLeavesItAlone(String name, Writer writer) throws IOException {
    Path file = dir.resolve(name + ".json");
    writer.write(file);
    long size = Files.size(file);

    for (String[] args : List.of(new String[] {"fmt", "--check", file.toString()}, new String[] {"fmt", file.toString()})) {
      assertOneCleanLineNaming(Cli.run(args), file.toString());
    }
    assertThat(Files.size(file)).as("the file is left as it is").isEqualTo(size);
  }

  @Test
  void aMissingFileAndADirectoryEachGetOneLine() {
    String missing = dir.resolve("missing.json").toString();
    for (String command : List.of("validate", "fmt")) {
      assertOneCleanLineNaming(Cli.run(command, missing), missing);
      assertOneCleanLineNaming(Cli.run(command, dir.toString()), dir.toString());
    }
  }

  @Test
  void manyHostileFilesGetOneLineEach() throws IOException {
    List<String> files = new ArrayList<>();
    for (Arguments a : hostile().toList()) {
      Path file = dir.resolve(a.get()[0] + ".json");
      ((Writer) a.get()[1]).write(file);
      files.add(file.toString());
    }
    List<String> args = new ArrayList<>(List.of("validate", "--format", "json"));
    args.addAll(files);

    Cli.Result result = Cli.run(args.toArray(String[]::new));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSameSizeAs(files);
    for (int i = 0; i < files.size(); i++) {
      assertThat(result.errLines().get(i)).startsWith("plan: " + files.get(i));
    }
    assertThat(result.json().get("reports")).hasSameSizeAs(files);
    assertNoStackTrace(result);
  }

  @Test
  void hostileStandardInputGetsOneLine() {
    for (byte[] input : List.of(garbage(2, 1000), new byte[0], "{\"a\": 1, \"a\": 2}".getBytes(StandardCharsets.UTF_8))) {
      Cli.Result result = Cli.run(input, Map.of(), false, "validate", "-");
      assertOneCleanLineNaming(result, "<stdin>");
    }
  }

  /** Damages a document: bit flips, a truncation, or a deleted run of characters. */
  private static byte[] damage(byte[] fixture, Random r) {
    byte[] b = fixture.clone();
    switch (r.nextInt(3)) {
      case 0:
        int flips = 1 + r.nextInt(4);
        for (int i = 0; i < flips; i++) {
          b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return b;
      case 1:
        return Arrays.copyOf(b, r.nextInt(b.length));
      default:
        String s = new String(b, StandardCharsets.UTF_8);
        int at = r.nextInt(s.length());
        return (s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + r.nextInt(20))))
            .getBytes(StandardCharsets.UTF_8);
    }
  }

  @Test
  void damagedFixturesNeverCrashTheCommand() throws IOException {
    byte[] fixture = Plans.fixture("devon-2024").getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("damaged.json");
    // Seeded like the other property checks: -Dpp.tries for more cases, -Dpp.seed for others.
    int tries = Integer.getInteger("pp.tries", 30);
    long base = Long.getLong("pp.seed", 20_240_719L);
    int exits2 = 0;
    for (int i = 0; i < tries; i++) {
      long seed = base + i;
      Files.write(file, damage(fixture, new Random(seed)));

      Cli.Result result = Cli.run("validate", file.toString());

      assertThat(result.exitCode()).as("seed %d: %s", seed, result).isIn(0, 1, 2);
      if (result.exitCode() == 2) {
        exits2++;
        assertOneCleanLineNaming(result, file.toString());
      } else {
        assertThat(result.err()).as("seed %d", seed).isEmpty();
      }
      assertNoStackTrace(result);
    }
    System.out.println("cli damaged fixtures: " + tries + " cases, " + exits2 + " unreadable");
    assertThat(exits2).as("most damage makes the file unreadable").isPositive();
  }

  @Test
  void textReportIsFreeOfControlCharacters() throws IOException {
    Path file = dir.resolve("controls.json");
    Files.writeString(file, HEAD + "\"a\\n\\u001b[2Jb\": 1, \"a\\n\\u001b[2Jb\": 2}");

    Cli.Result result = Cli.run("validate", file.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).doesNotContain("\u001b");
    assertThat(result.out().lines().filter(l -> l.contains("IO003"))).hasSize(1);
  }

  @Test
  void fmtStopsReadingStandardInputPastTheDocumentLimit() {
    AtomicLong served = new AtomicLong();
    long total = 200_000_000L;
    InputStream spaces = new InputStream() {
      @Override
      public int read() {
        if (served.get() >= total) {
          return -1;
        }
        served.incrementAndGet();
        return ' ';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        long left = total - served.get();
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        Arrays.fill(b, off, off + n, (byte) ' ');
        served.addAndGet(n);
        return n;
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = Main.run(new String[] {"fmt", "--check", "-"}, spaces, out, err, Map.of(), false);

    assertThat(exit).isEqualTo(2);
    assertThat(served.get()).as("bytes read of 200 MB").isLessThan(20_000_000L);
  }
}
