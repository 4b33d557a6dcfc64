package org.productivityplan.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.productivityplan.io.DocumentKind;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadLimits;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;

/** Reads the documents named on the command line, and describes what went wrong in one line. */
final class Documents {

  /** The argument that means standard input. */
  static final String STDIN = "-";

  /** The source name of standard input in reports. */
  static final String STDIN_SOURCE = "<stdin>";

  /** The reader's id for a document that cannot be read at all (missing, a directory...). */
  static final String CANNOT_READ = "IO007";

  /** The reader's id for a document beyond a read limit. */
  static final String LIMIT_EXCEEDED = "IO006";

  private Documents() {}

  /**
   * Reads a document's bytes from a file, a device, a pipe or standard input ({@code -}), through
   * the reader's size limit: never more than one byte past {@code limit} is read or held, whatever
   * the source (an endless device such as {@code /dev/zero} included).
   *
   * @param argument the file, as given on the command line, or {@code -}
   * @param stdin standard input
   * @param json the reader, whose limits apply and whose words say why a file cannot be read
   * @return the bytes (at most {@code limit + 1}: the reader refuses a longer document in its own
   *     words), or why there are none
   */
  static Input load(String argument, InputStream stdin, PlanJson json) {
    boolean isStdin = argument.equals(STDIN);
    String source = isStdin ? STDIN_SOURCE : argument;
    long limit = json.limits().maxDocumentSize();
    if (isStdin) {
      try {
        return new Input(source, readBounded(stdin, limit), List.of());
      } catch (IOException e) {
        return new Input(source, null, cannotRead(source, "cannot read " + source + ": " + why(e)));
      }
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      return new Input(
          source, null, cannotRead(source, "'" + argument + "' is not a file name: " + e.getReason()));
    }
    try {
      if (Files.isRegularFile(path) && Files.size(path) > limit) {
        // Refused by its size on disk, before a byte is read, in the reader's words.
        return new Input(source, null, json.read(path));
      }
      if (Files.isDirectory(path)) {
        return new Input(source, null, json.read(path));
      }
      try (InputStream in = Files.newInputStream(path)) {
        return new Input(source, readBounded(in, limit), List.of());
      }
    } catch (IOException | SecurityException e) {
      ReadResult<ProductivityPlan> words = json.read(path);
      return new Input(
          source,
          null,
          words.hasErrors()
              ? words
              : cannotRead(source, "cannot read " + source + ": " + why(e)));
    }
  }

  /**
   * Reads a productivity plan from a file, or from standard input for {@code -}, through the
   * reader's limits as {@link #load} reads.
   *
   * @param json the reader
   * @param argument the file, as given on the command line
   * @param stdin standard input
   * @return the result, whose problems say why when there is no plan
   */
  static ReadResult<ProductivityPlan> readPlan(PlanJson json, String argument, InputStream stdin) {
    return load(argument, stdin, json).readPlan(json);
  }

  /** Reads at most {@code limit + 1} bytes: one past the limit tells the reader it is exceeded. */
  private static byte[] readBounded(InputStream in, long limit) throws IOException {
    return in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
  }

  /** Why a file could not be read, in a few words, without the Java exception's name. */
  static String why(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException) {
      String reason = ((FileSystemException) e).getReason();
      return reason == null ? "cannot be read" : reason;
    }
    return e.getMessage() == null ? "an input or output error" : e.getMessage();
  }

  /**
   * A document's bytes as read from the command line, or why it could not be read.
   *
   * @param source the document's name in reports
   * @param bytes the bytes, when they could be read
   * @param problems why they could not be read, when they could not
   */
  record Input(String source, byte @Nullable [] bytes, List<Finding> problems) {

    Input(String source, byte @Nullable [] bytes, @Nullable ReadResult<?> failure) {
      this(source, bytes, failure == null ? List.of() : failure.problems());
    }

    /** The kind of the document, by the one rule of {@link DocumentKind}. */
    DocumentKind kind() {
      return bytes == null ? DocumentKind.PRODUCTIVITY_PLAN : DocumentKind.of(bytes);
    }

    /** Reads the document as a productivity plan. */
    ReadResult<ProductivityPlan> readPlan(PlanJson json) {
      return bytes == null
          ? ReadResult.of(null, problems, source)
          : json.read(new ByteArrayInputStream(bytes), source);
    }

    /** Reads the document as a council plan. */
    ReadResult<CouncilPlan> readCouncilPlan(PlanJson json) {
      return bytes == null
          ? ReadResult.of(null, problems, source)
          : json.readCouncilPlan(new ByteArrayInputStream(bytes), source);
    }
  }

  /**
   * Reads a bundled example plan.
   *
   * @param json the reader
   * @param example the example
   * @return the result
   */
  static ReadResult<ProductivityPlan> readPlan(PlanJson json, BundledExamples.Example example) {
    try (InputStream in = example.open()) {
      return json.read(in, example.source());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the result of a document that could not be read at all.
   *
   * @param source the document's name
   * @param message why, naming the document
   * @return a result with no value and one error, {@code IO007}
   */
  static <T> ReadResult<T> cannotRead(String source, String message) {
    return ReadResult.of(null, List.of(problem(CANNOT_READ, message)), source);
  }

  /**
   * Returns the result of a line of JSON Lines longer than the reader's limit, which is skipped.
   *
   * @param lineNumber the line's number, from 1
   * @param limits the reader's limits
   * @param source the line's name, {@code FILE:LINE}
   * @return a result with no value and one error, {@code IO006}
   */
  static <T> ReadResult<T> lineTooLong(long lineNumber, ReadLimits limits, String source) {
    return ReadResult.of(
        null,
        List.of(
            problem(
                LIMIT_EXCEEDED,
                "Line " + lineNumber + " is longer than the limit of " + limits.maxDocumentSize()
                    + " bytes")),
        source);
  }

  /** Returns an error of the reader's kind, for a problem the command finds itself. */
  static Finding problem(String ruleId, String message) {
    return Finding.builder().ruleId(ruleId).severity(Severity.ERROR).message(message).build();
  }

  /**
   * Describes the first error of a result in one line: {@code FILE:LINE:COLUMN: message [ID]}, or
   * {@code FILE (POINTER): message [ID]} when the place is known only as a JSON Pointer.
   *
   * @param source the document's name
   * @param problems the problems
   * @return the line, without the {@code plan: } prefix
   */
  static String describeFirstError(String source, List<Finding> problems) {
    Optional<Finding> first =
        problems.stream().filter(p -> p.severity() == Severity.ERROR).findFirst();
    if (first.isEmpty()) {
      return source + ": cannot be read";
    }
    return describe(source, first.get());
  }

  /**
   * Describes the first error of a result in one line, {@code SOURCE: message [ID]}, for a source
   * that names the place itself, such as {@code FILE:LINE} for a line of JSON Lines.
   *
   * @param source the document's name and place
   * @param problems the problems
   * @return the line, without the {@code plan: } prefix
   */
  static String describeFirstErrorAt(String source, List<Finding> problems) {
    return problems.stream()
        .filter(p -> p.severity() == Severity.ERROR)
        .findFirst()
        .map(p -> source + ": " + p.message() + " [" + p.ruleId() + "]")
        .orElse(source + ": cannot be read");
  }

  /** Describes a finding in one line, naming the document and the place. */
  static String describe(String source, Finding finding) {
    StringBuilder text = new StringBuilder(source);
    if (finding.line().isPresent()) {
      text.append(':').append(finding.line().get());
      finding.column().ifPresent(c -> text.append(':').append(c));
    } else if (!finding.pointer().isEmpty()) {
      text.append(" (").append(finding.pointer()).append(')');
    }
    text.append(": ").append(finding.message()).append(" [").append(finding.ruleId()).append(']');
    return text.toString();
  }

  /** Joins names for a message: {@code a, b, c}. */
  static String names(List<String> names) {
    StringJoiner joiner = new StringJoiner(", ");
    names.forEach(joiner::add);
    return joiner.toString();
  }
}
