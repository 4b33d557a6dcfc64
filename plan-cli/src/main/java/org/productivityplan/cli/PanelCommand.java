package org.productivityplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.productivityplan.analysis.PanelSummary;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.report.PanelReport;
import org.productivityplan.validation.PlanValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code plan panel}: the review panel's view across many plans, read and checked one at a time so
 * that memory does not grow with their size.
 */
@Command(
    name = "panel",
    sortOptions = false,
    header = "Summarise many plans for the review panel: coverage, spend, barriers, KPIs.",
    description = {
      "Reads each INPUT (a plan, a directory searched recursively for *.json, or with --jsonl a"
          + " file of JSON Lines), checks each plan against the rules of the profile, and"
          + " summarises them all. With no INPUT, summarises the bundled plans. Councils are"
          + " listed alphabetically; nothing is ranked or scored. Inputs that cannot be read are"
          + " listed with their problems and do not stop the run.",
      ""
    })
final class PanelCommand implements Callable<Integer> {

  /** The values of {@code --format}. */
  enum Format {
    /** Text for people. */
    TEXT,
    /** One JSON document, per docs/panel-summary-1.0.schema.json. */
    JSON,
    /** One CSV file per table, in the directory -o names. */
    CSV,
    /** One self-contained HTML page, in the layout of plan report. */
    HTML;

    /** Converts the option's text. */
    static final class Converter extends Choices.Converter<Format> {
      Converter() {
        super(Format.class);
      }
    }
  }

  @Mixin private HelpOption help = new HelpOption();

  @ParentCommand private PlanCommand parent;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description = "Plans, directories of plans, or with --jsonl files of JSON Lines;"
          + " - for standard input. None: the bundled plans.")
  private List<String> inputs = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Format.Converter.class,
      description = "text (default), json, csv or html.")
  private Format format = Format.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write to this file instead of standard output; with --format csv, the"
          + " directory to write the tables into (required).")
  private @Nullable Path output;

  @Option(
      names = "--jsonl",
      description = "Each INPUT file holds one plan per line (JSON Lines), as validate --jsonl reads.")
  private boolean jsonLines;

  @Mixin private ProfileOption profileOption = new ProfileOption();

  private int plansRead;
  private int unreadable;

  @Override
  public Integer call() throws IOException {
    Terminal terminal = parent.terminal();
    if (format == Format.CSV && output == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format csv writes one file per table: name a directory with -o");
    }
    if (jsonLines && inputs.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--jsonl needs a FILE of JSON Lines (- for standard input)");
    }
    // Every finding counts towards coverage, so no report is cut short.
    PlanValidator validator =
        PlanValidator.builder().profile(profileOption.known()).maxFindings(Integer.MAX_VALUE).build();
    PlanJson json = PlanJson.standard();
    PanelSummary.Builder builder = PanelSummary.builder(validator.rules());
    Reader reader = new Reader(json, validator, builder, terminal);
    if (inputs.isEmpty()) {
      for (BundledExamples.Example example : BundledExamples.corpus()) {
        reader.add(Documents.readPlan(json, example), example.source());
      }
    } else {
      for (String input : inputs) {
        if (jsonLines) {
          reader.addJsonLines(input);
        } else {
          reader.addInput(input);
        }
      }
    }
    PanelSummary summary = builder.build();
    write(summary, terminal);
    return plansRead == 0 && unreadable > 0 ? ExitCodes.UNREADABLE : ExitCodes.OK;
  }

  private void write(PanelSummary summary, Terminal terminal) throws IOException {
    if (format == Format.CSV) {
      try {
        summary.writeCsv(output);
      } catch (IOException e) {
        throw new CliException(
            ExitCodes.UNREADABLE, "Cannot write the tables into " + output + ": " + e.getMessage(), e);
      }
      return;
    }
    if (output == null) {
      render(summary, terminal.out());
      return;
    }
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      render(summary, out);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.UNREADABLE, "Cannot write " + output + ": " + e.getMessage(), e);
    }
  }

  /** Writes text, JSON or HTML as it goes, so that a large summary is never held as one string. */
  private void render(PanelSummary summary, Writer out) throws IOException {
    if (format == Format.HTML) {
      PanelReport.standard().render(summary, out);
    } else if (format == Format.JSON) {
      summary.writeJson(out);
    } else {
      summary.writeText(out);
    }
  }

  /** Reads the inputs one plan at a time and hands each to the summary. */
  private final class Reader {
    private final PlanJson json;
    private final PlanValidator validator;
    private final PanelSummary.Builder builder;
    private final Terminal terminal;

    Reader(PlanJson json, PlanValidator validator, PanelSummary.Builder builder, Terminal terminal) {
      this.json = json;
      this.validator = validator;
      this.builder = builder;
      this.terminal = terminal;
    }

    /** Checks a plan and adds it, or lists why nothing could be read. */
    void add(ReadResult<ProductivityPlan> read, String source) {
      if (read.value().isPresent()) {
        builder.add(read.value().get(), validator.validate(read.value().get(), read.problems(), source));
        plansRead++;
      } else {
        builder.addUnreadable(source, read.problems());
        terminal.err().println("plan: " + Documents.describeFirstError(source, read.problems()));
        unreadable++;
      }
    }

    /** A plan file, standard input, or a directory searched for {@code *.json}, in name order. */
    void addInput(String input) {
      if (input.equals(Documents.STDIN)) {
        add(Documents.readPlan(json, input, terminal.in()), Documents.STDIN_SOURCE);
        return;
      }
      Path path;
      try {
        path = Path.of(input);
      } catch (InvalidPathException e) {
        add(Documents.readPlan(json, input, terminal.in()), input);
        return;
      }
      if (!Files.isDirectory(path)) {
        add(Documents.readPlan(json, input, terminal.in()), input);
        return;
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files =
            walk.filter(p -> p.getFileName().toString().endsWith(".json"))
                .filter(Files::isRegularFile)
                .sorted()
                .toList();
      } catch (IOException | RuntimeException e) {
        add(Documents.cannotRead(input, "Cannot read the directory " + input + ": " + e.getMessage()), input);
        return;
      }
      for (Path file : files) {
        add(json.read(file), file.toString());
      }
    }

    /** A file of JSON Lines: each line is read, checked and added, then forgotten. */
    void addJsonLines(String input) throws IOException {
      boolean stdin = input.equals(Documents.STDIN);
      String name = stdin ? Documents.STDIN_SOURCE : input;
      InputStream in;
      try {
        in = stdin ? terminal.in() : JsonLines.open(input);
      } catch (IOException | InvalidPathException e) {
        String why =
            e instanceof NoSuchFileException
                ? "no such file"
                : e.getMessage() == null ? e.toString() : e.getMessage();
        add(Documents.cannotRead(name, "Cannot read " + name + ": " + why), name);
        return;
      }
      JsonLines lines = new JsonLines(in, json.limits().maxDocumentSize());
      try {
        while (next(lines, name)) {
          if (lines.isBlank()) {
            continue;
          }
          String source = name + ":" + lines.lineNumber();
          if (lines.isTooLong()) {
            add(Documents.lineTooLong(lines.lineNumber(), json.limits(), source), source);
          } else {
            add(json.read(lines.line(), source), source);
          }
        }
      } finally {
        if (!stdin) {
          in.close();
        }
      }
    }

    private boolean next(JsonLines lines, String name) {
      try {
        return lines.next();
      } catch (IOException e) {
        String source = name + ":" + (lines.lineNumber() + 1);
        add(Documents.cannotRead(source, "Cannot read " + source + ": " + e.getMessage()), source);
        return false;
      }
    }
  }
}
