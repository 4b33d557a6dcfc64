package org.productivityplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.productivityplan.io.DocumentKind;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code plan fmt}: rewrites plans in canonical form. */
@Command(
    name = "fmt",
    sortOptions = false,
    header = "Rewrite plans in canonical form.",
    description = {
      "Rewrites each FILE in place in the canonical form of JSON format 1.0: properties in the"
          + " model's order, two-space indent, UTF-8, a newline at the end. Unknown properties are"
          + " kept. Each file is replaced atomically, or left as it is when it cannot be read"
          + " completely or formatting would change a value. - formats standard input to standard"
          + " output. Productivity plans and council plans are both formatted (docs/format.md says"
          + " which is which).",
      ""
    })
final class FmtCommand implements Callable<Integer> {

  @Mixin private HelpOption help = new HelpOption();

  @ParentCommand private PlanCommand parent;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Plans to format; - for standard input.")
  private List<String> files = List.of();

  @Option(
      names = "--check",
      description =
          "Change nothing: list the files not in canonical form, and exit 1 if there is one.")
  private boolean check;

  @Override
  public Integer call() throws IOException {
    Terminal terminal = parent.terminal();
    PlanJson json = PlanJson.standard();
    boolean unreadable = false;
    boolean notCanonical = false;
    for (String file : files) {
      String source = file.equals(Documents.STDIN) ? Documents.STDIN_SOURCE : file;
      String shown = Finding.printable(source);
      Outcome outcome;
      try {
        outcome = format(json, Documents.load(file, terminal.in(), json));
      } catch (OutOfMemoryError e) {
        throw OutOfMemory.reading(source, e);
      }
      if (outcome.problem != null) {
        // One line per file that cannot be formatted; the others go on.
        terminal.err().println("plan: " + Finding.printable(outcome.problem));
        unreadable = true;
        continue;
      }
      byte[] formatted = outcome.canonical;
      if (check) {
        if (!outcome.same) {
          terminal.out().println(shown);
          notCanonical = true;
        }
      } else if (file.equals(Documents.STDIN)) {
        terminal.out().print(new String(formatted, StandardCharsets.UTF_8));
      } else if (!outcome.same) {
        try {
          AtomicFiles.replace(Path.of(file), formatted, AtomicFiles.CHANNEL);
        } catch (IOException e) {
          terminal
              .err()
              .println(
                  "plan: "
                      + shown
                      + ": cannot be rewritten: "
                      + Finding.printable(Documents.why(e))
                      + "; left as it is");
          unreadable = true;
          continue;
        }
        terminal.err().println("reformatted " + shown);
      }
    }
    return unreadable ? ExitCodes.UNREADABLE : notCanonical ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /**
   * What formatting one document gives: its canonical bytes and whether they are the bytes read,
   * or why it is left as it is.
   */
  record Outcome(byte[] canonical, boolean same, @Nullable String problem) {

    static Outcome refused(String problem) {
      return new Outcome(new byte[0], false, problem);
    }
  }

  /**
   * Formats one document, with every check made before anything is written: it reads completely
   * (as the kind {@link DocumentKind} gives), its canonical form is within the reader's limits and
   * reads back as the same kind with no error, and it holds the same tree ({@link Trees}).
   */
  static Outcome format(PlanJson json, Documents.Input input) throws IOException {
    String source = input.source();
    byte[] bytes = input.bytes();
    if (bytes == null) {
      return Outcome.refused(Documents.describeFirstError(source, input.problems()));
    }
    DocumentKind kind = input.kind();
    ReadResult<?> read =
        kind == DocumentKind.COUNCIL_PLAN ? input.readCouncilPlan(json) : input.readPlan(json);
    if (read.value().isEmpty() || read.hasErrors()) {
      // Something in it was not read: writing would lose it.
      return Outcome.refused(Documents.describeFirstError(source, read.problems()) + "; left as it is");
    }
    String text =
        read.value().get() instanceof CouncilPlan
            ? withVersionOf(bytes, json.write((CouncilPlan) read.value().get()))
            : json.write((ProductivityPlan) read.value().get());
    byte[] canonical = text.getBytes(StandardCharsets.UTF_8);
    if (Arrays.equals(bytes, canonical)) {
      return new Outcome(canonical, true, null);
    }
    long limit = json.limits().maxDocumentSize();
    if (canonical.length > limit) {
      return Outcome.refused(
          source
              + ": its canonical form would be "
              + canonical.length
              + " bytes, more than the reader's limit of "
              + limit
              + " bytes (ReadLimits.maxDocumentSize), so it could not be read back; left as it is");
    }
    Documents.Input written = new Documents.Input(source, canonical, List.of());
    ReadResult<?> reread =
        kind == DocumentKind.COUNCIL_PLAN ? written.readCouncilPlan(json) : written.readPlan(json);
    if (written.kind() != kind || reread.hasErrors() || reread.value().isEmpty()) {
      return Outcome.refused(
          source
              + ": its canonical form would not read back as it is ("
              + (written.kind() != kind
                  ? "it would read as a " + label(written.kind())
                  : Documents.describeFirstError("it", reread.problems()))
              + "); left as it is");
    }
    Optional<String> difference;
    try {
      difference = Trees.firstDifference(bytes, canonical);
    } catch (IOException e) {
      return Outcome.refused(
          source + ": its values could not be compared with its canonical form; left as it is");
    }
    if (difference.isPresent()) {
      return Outcome.refused(
          source + ": formatting would change a value (" + difference.get() + "); left as it is");
    }
    return new Outcome(canonical, false, null);
  }

  /**
   * Writes a council-plan document's own version back: the writer writes {@code "1.0"} first, and
   * formatting must not rewrite a document of a newer minor version (read with every property kept)
   * as 1.0.
   */
  private static String withVersionOf(byte[] original, String canonical) throws IOException {
    String written = "{\n  \"schemaVersion\": \"1.0\",";
    Optional<String> version = Trees.rootString(original, "schemaVersion");
    if (version.isEmpty() || version.get().equals("1.0") || !canonical.startsWith(written)) {
      return canonical;
    }
    return "{\n  \"schemaVersion\": "
        + Trees.quoted(version.get())
        + ","
        + canonical.substring(written.length());
  }

  private static String label(DocumentKind kind) {
    return kind == DocumentKind.COUNCIL_PLAN ? "council plan" : "productivity plan";
  }
}
