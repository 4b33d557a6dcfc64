package org.productivityplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AtomicFiles}: a file is replaced whole, or left exactly as it was. */
class AtomicFilesTest {

  @TempDir Path dir;

  private static final byte[] NEW = "{\n  \"new\": true\n}\n".getBytes(StandardCharsets.UTF_8);

  private String[] names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void replacesTheContent() throws IOException {
    Path file = Files.writeString(dir.resolve("plan.json"), "old");

    AtomicFiles.replace(file, NEW, AtomicFiles.CHANNEL);

    assertThat(Files.readAllBytes(file)).isEqualTo(NEW);
    assertThat(names()).containsExactly("plan.json");
  }

  /** As a full disk or {@code ulimit -f} does: the write fails part-way. */
  @Test
  void aWriteThatFailsPartWayLeavesTheOriginalAndNoTemporaryFile() throws IOException {
    String original = "{\"schemaVersion\":\"1.0\"}";
    Path file = Files.writeString(dir.resolve("plan.json"), original);
    AtomicFiles.Writer failing =
        (channel, bytes) -> {
          channel.write(ByteBuffer.wrap(bytes, 0, 5));
          throw new IOException("File too large");
        };

    assertThatThrownBy(() -> AtomicFiles.replace(file, NEW, failing))
        .isInstanceOf(IOException.class)
        .hasMessage("File too large");

    assertThat(Files.readString(file)).isEqualTo(original);
    assertThat(names()).containsExactly("plan.json");
  }

  @Test
  void aDirectoryOrAMissingFileIsRefused() {
    assertThatThrownBy(() -> AtomicFiles.replace(dir, NEW, AtomicFiles.CHANNEL))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a regular file");
    assertThatThrownBy(() -> AtomicFiles.replace(dir.resolve("none"), NEW, AtomicFiles.CHANNEL))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }
}
