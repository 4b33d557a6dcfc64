package org.productivityplan.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.report.HtmlReport;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.ValidationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plan report}: writes each plan's HTML report, for councillors and the public. */
@Command(
    name = "report",
    sortOptions = false,
    header = "Write a plan's report as one HTML page a councillor can read.",
    description = {
      "Reads each PLAN, checks it against the guidance and writes its report: one self-contained"
          + " HTML page (no script, nothing fetched, prints on A4). A PLAN is a file, a directory"
          + " (its *.json files), - for standard input, or the name of a bundled example such as"
          + " somerset-2024. With no PLAN, reports on the bundled example plans.",
      "",
      "One plan and no -o: the page goes to standard output. Several plans: one page each, named"
          + " after the plan, in the directory -o names.",
      ""
    })
final class ReportCommand implements Callable<Integer> {

  @Mixin private HelpOption help = new HelpOption();

  @ParentCommand private PlanCommand parent;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "PLAN",
      arity = "0..*",
      description = "Plan files, directories of them, bundled example names; - for standard input.")
  private List<String> plans = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description =
          "Where to write: a file for one plan (a directory also works), a directory for several"
              + " (created if missing).")
  private @Nullable Path output;

  /** A plan to report on: where it was read from, and the name its page takes. */
  private record Input(String source, String pageName, ReadResult<ProductivityPlan> read) {}

  @Override
  public Integer call() throws IOException {
    Terminal terminal = parent.terminal();
    PlanJson json = PlanJson.builder().build();
    List<Input> inputs = inputs(json, terminal);
    boolean one = inputs.size() == 1 && !plans.isEmpty() && !Files.isDirectory(Path.of(plans.get(0)));
    if (!one && output == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "Several plans give one page each: name a directory for them with -o DIRECTORY");
    }
    PlanValidator validator = PlanValidator.standard();
    int exitCode = ExitCodes.OK;
    Set<String> names = new HashSet<>();
    for (Input input : inputs) {
      if (input.read().value().isEmpty()) {
        terminal
            .err()
            .println(
                "plan: " + Documents.describeFirstError(input.source(), input.read().problems()));
        exitCode = ExitCodes.UNREADABLE;
        continue;
      }
      ProductivityPlan plan = input.read().value().get();
      ValidationReport report = validator.validate(plan, input.read().problems(), input.source());
      if (one && output == null) {
        HtmlReport.standard().render(plan, report, terminal.out());
        continue;
      }
      Path page = page(one, input.pageName(), names);
      try {
        HtmlReport.standard().render(plan, report, page);
      } catch (IOException e) {
        throw new CliException(
            ExitCodes.UNREADABLE, "Cannot write " + page + ": " + describe(e), e);
      }
      terminal.err().println("plan: wrote " + page + " (" + input.source() + ")");
    }
    return exitCode;
  }

  /** The file a page goes to: -o itself for one plan, unless it is a directory. */
  private Path page(boolean one, String pageName, Set<String> names) throws IOException {
    Path out = Objects.requireNonNull(output);
    if (one && !Files.isDirectory(out)) {
      return out;
    }
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.UNREADABLE, "Cannot make the directory " + out + ": " + describe(e), e);
    }
    String name = pageName;
    for (int i = 2; !names.add(name); i++) {
      name = pageName + "-" + i;
    }
    return out.resolve(name + ".html");
  }

  private List<Input> inputs(PlanJson json, Terminal terminal) throws IOException {
    List<Input> inputs = new ArrayList<>();
    if (plans.isEmpty()) {
      for (BundledExamples.Example example : BundledExamples.productivityPlans()) {
        inputs.add(
            new Input(example.source(), example.name(), Documents.readPlan(json, example)));
      }
      return inputs;
    }
    for (String argument : plans) {
      if (argument.equals(Documents.STDIN)) {
        inputs.add(
            new Input(
                Documents.STDIN_SOURCE, "stdin", Documents.readPlan(json, argument, terminal.in())));
        continue;
      }
      Optional<Path> path = path(argument);
      if (path.isPresent() && Files.isDirectory(path.get())) {
        for (Path file : jsonFiles(path.get())) {
          inputs.add(new Input(file.toString(), baseName(file), json.read(file)));
        }
      } else if (path.isPresent() && Files.exists(path.get())) {
        inputs.add(new Input(argument, baseName(path.get()), json.read(path.get())));
      } else {
        Optional<BundledExamples.Example> example = BundledExamples.find(argument);
        if (example.isPresent()) {
          inputs.add(
              new Input(
                  example.get().source(),
                  example.get().name(),
                  Documents.readPlan(json, example.get())));
        } else {
          inputs.add(
              new Input(
                  argument,
                  argument,
                  Documents.cannotRead(
                      argument,
                      "Cannot read "
                          + argument
                          + ": no such file, and no bundled example of that name (plan example"
                          + " lists them)")));
        }
      }
    }
    return inputs;
  }

  private static Optional<Path> path(String argument) {
    try {
      return Optional.of(Path.of(argument));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** The directory's {@code *.json} files, sorted by name so that the order does not vary. */
  private static List<Path> jsonFiles(Path directory) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.json")) {
      for (Path file : stream) {
        if (Files.isRegularFile(file)) {
          files.add(file);
        }
      }
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.UNREADABLE, "Cannot list the directory " + directory + ": " + describe(e), e);
    }
    files.sort(null);
    return files;
  }

  private static String baseName(Path file) {
    String name = String.valueOf(file.getFileName());
    return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
