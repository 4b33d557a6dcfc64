package org.productivityplan.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * Replaces a file's content all at once or not at all: the new content goes to a temporary file in
 * the same directory, is synced to the disk, takes the original's permissions (and owner and group,
 * where allowed), and is then moved over the original in one atomic rename. On any failure (a full
 * disk, a file-size limit, a read-only file) the temporary file is removed and the original is left
 * exactly as it was.
 */
final class AtomicFiles {

  /** Writes bytes to a channel; tests put a failing one in its place. */
  @FunctionalInterface
  interface Writer {
    /**
     * Writes all the bytes.
     *
     * @param channel the temporary file
     * @param bytes the content
     * @throws IOException when writing fails
     */
    void write(FileChannel channel, byte[] bytes) throws IOException;
  }

  /** Writes every byte, as the file system allows. */
  static final Writer CHANNEL =
      (channel, bytes) -> {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      };

  private AtomicFiles() {}

  /**
   * Replaces the content of a regular file (through a symbolic link, the file it points to).
   *
   * @param file the file
   * @param content the new content
   * @param writer how the bytes are written
   * @throws IOException when the file cannot be replaced; it is then unchanged
   */
  static void replace(Path file, byte[] content, Writer writer) throws IOException {
    Path target = file.toRealPath();
    if (!Files.isRegularFile(target)) {
      throw new IOException("not a regular file, so it cannot be rewritten in place");
    }
    if (!Files.isWritable(target)) {
      throw new AccessDeniedException(file.toString(), null, "permission denied");
    }
    Path directory = target.getParent();
    Path temp = Files.createTempFile(directory, "." + target.getFileName() + ".", ".fmt-tmp");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        writer.write(channel, content);
        channel.force(true);
      }
      keepAttributes(target, temp);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the file system cannot replace a file atomically", e);
      }
      moved = true;
      syncDirectory(directory);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** Gives the temporary file the original's permissions, and its owner and group when allowed. */
  private static void keepAttributes(Path original, Path temp) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    PosixFileAttributes attributes =
        Files.readAttributes(original, PosixFileAttributes.class);
    view.setPermissions(attributes.permissions());
    try {
      view.setGroup(attributes.group());
      view.setOwner(attributes.owner());
    } catch (IOException | UnsupportedOperationException e) {
      // Only the file's owner or root may give a file away; the new file stays the user's.
    }
  }

  /** Syncs the directory, so that the rename itself survives a crash (where the system allows). */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Not every file system lets a directory be opened; the rename is still atomic.
    }
  }
}
