package org.productivityplan.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.CouncilPlan;
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
          + " kept. A file that cannot be read completely is left as it is. - formats standard"
          + " input to standard output. Productivity plans and council plans are both formatted.",
      ""
    })
final class FmtCommand implements Callable<Integer> {

  @Mixin private HelpOption help = new HelpOption();

  /** The reader's id for a property it does not know, kept and written back. */
  private static final String UNKNOWN_PROPERTY = "IO026";

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
      boolean stdin = file.equals(Documents.STDIN);
      String source = stdin ? Documents.STDIN_SOURCE : file;
      byte[] bytes;
      try {
        bytes = stdin ? terminal.in().readAllBytes() : readFile(file, json.limits().maxDocumentSize());
      } catch (IOException | InvalidPathException e) {
        terminal.err().println("plan: " + source + ": " + why(file, e));
        unreadable = true;
        continue;
      }
      Canonical canonical = canonical(json, bytes, source);
      if (canonical.text == null) {
        terminal.err().println("plan: " + canonical.problem + "; left as it is");
        unreadable = true;
        continue;
      }
      byte[] formatted = canonical.text.getBytes(StandardCharsets.UTF_8);
      boolean same = Arrays.equals(bytes, formatted);
      if (check) {
        if (!same) {
          terminal.out().println(source);
          notCanonical = true;
        }
      } else if (stdin) {
        terminal.out().print(canonical.text);
      } else if (!same) {
        Files.write(Path.of(file), formatted);
        terminal.err().println("reformatted " + file);
      }
    }
    return unreadable ? ExitCodes.UNREADABLE : notCanonical ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private static byte[] readFile(String file, long limit) throws IOException {
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new IOException("it is a directory, not a plan");
    }
    long size = Files.size(path);
    if (size > limit) {
      throw new IOException(
          "the file is " + size + " bytes, more than the limit of " + limit + " bytes [IO006]");
    }
    return Files.readAllBytes(path);
  }

  private static String why(String file, Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof InvalidPathException) {
      return "'" + file + "' is not a file name";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** The canonical text of a document, or why there is none. */
  private record Canonical(@Nullable String text, String problem) {}

  /**
   * Reads a document as a productivity plan or as a council plan, whichever leaves fewer properties
   * unknown (a productivity plan on a tie), and writes it back canonically. A document read with an
   * error is not rewritten: something in it was not read, and writing would lose it.
   */
  private static Canonical canonical(PlanJson json, byte[] bytes, String source) {
    ReadResult<ProductivityPlan> plan = json.read(new ByteArrayInputStream(bytes), source);
    long planUnknown = unknownProperties(plan);
    if (plan.value().isEmpty() || planUnknown > 0) {
      ReadResult<CouncilPlan> councilPlan =
          json.readCouncilPlan(new ByteArrayInputStream(bytes), source);
      if (councilPlan.value().isPresent()
          && (plan.value().isEmpty() || unknownProperties(councilPlan) < planUnknown)) {
        if (councilPlan.hasErrors()) {
          return new Canonical(null, Documents.describeFirstError(source, councilPlan.problems()));
        }
        return new Canonical(json.write(councilPlan.value().get()), "");
      }
    }
    if (plan.value().isEmpty() || plan.hasErrors()) {
      return new Canonical(null, Documents.describeFirstError(source, plan.problems()));
    }
    return new Canonical(json.write(plan.value().get()), "");
  }

  private static long unknownProperties(ReadResult<?> read) {
    return read.problems().stream().filter(p -> p.ruleId().equals(UNKNOWN_PROPERTY)).count();
  }
}
