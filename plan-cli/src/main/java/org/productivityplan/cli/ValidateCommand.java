package org.productivityplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.productivityplan.io.DocumentKind;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.Baseline;
import org.productivityplan.validation.InvalidConfigurationException;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.Reports;
import org.productivityplan.validation.ValidationConfig;
import org.productivityplan.validation.ValidationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plan validate}: reads plans and checks them against the guidance. */
@Command(
    name = "validate",
    sortOptions = false,
    header = "Check plans against the guidance.",
    description = {
      "Reads each FILE as a productivity plan (JSON format 1.0) and checks it against the rules of"
          + " the profile. With no FILE, checks the bundled example plans; - reads standard input.",
      ""
    })
final class ValidateCommand implements Callable<Integer> {

  @Mixin private HelpOption help = new HelpOption();

  @ParentCommand private PlanCommand parent;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Plans to check; - for standard input. None: the bundled example plans.")
  private List<String> files = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = OutputFormat.Converter.class,
      description = "text (default), json or sarif.")
  private OutputFormat format = OutputFormat.TEXT;

  @Mixin private ProfileOption profileOption = new ProfileOption();

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Rule configuration: rules disabled, severities changed, findings suppressed.")
  private @Nullable Path config;

  @Option(names = "--strict", description = "Unknown properties are errors, not information.")
  private boolean strict;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      defaultValue = "error",
      converter = Choices.SeverityConverter.class,
      description =
          "Exit 1 when a finding is at least this severe: error (default), warning or info.")
  private Severity failOn = Severity.ERROR;

  @Option(
      names = "--baseline",
      paramLabel = "REPORT",
      description =
          "An earlier JSON report (--format json) of the same plans: each finding is then new,"
              + " unchanged or absent (fixed), and --fail-on counts only new findings.")
  private @Nullable Path baseline;

  @Option(
      names = "--jsonl",
      description =
          "Each FILE holds one plan per line (JSON Lines). Streams: each report is written as its"
              + " plan is checked; with --format json, one report object per line.")
  private boolean jsonLines;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      converter = ColourChoice.Converter.class,
      description =
          "Colour text output: auto (default: on a terminal, unless NO_COLOR is set),"
              + " always or never.")
  private ColourChoice colour = ColourChoice.AUTO;

  /** The worst outcome so far, as an exit code. */
  private int exitCode = ExitCodes.OK;

  @Override
  public Integer call() throws IOException {
    Terminal terminal = parent.terminal();
    if (jsonLines && format == OutputFormat.SARIF) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--jsonl cannot be used with --format sarif: a SARIF log is one document;"
              + " use --format json for one report per line");
    }
    if (jsonLines && files.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--jsonl needs a FILE of JSON Lines (- for standard input)");
    }
    PlanValidator validator = validator(profileOption.known());
    PlanJson json = PlanJson.builder().strict(strict).build();
    boolean colourOn = terminal.colour(colour);
    if (jsonLines) {
      streamJsonLines(json, validator, terminal, colourOn);
    } else {
      List<ValidationReport> reports = new ArrayList<>();
      if (files.isEmpty()) {
        for (BundledExamples.Example example : BundledExamples.productivityPlans()) {
          reports.add(
              check(
                  validator, Documents.readPlan(json, example), example.source(), false, terminal));
        }
      } else {
        for (String file : files) {
          try {
            reports.add(check(validator, json, Documents.load(file, terminal.in(), json), terminal));
          } catch (OutOfMemoryError e) {
            throw OutOfMemory.reading(
                file.equals(Documents.STDIN) ? Documents.STDIN_SOURCE : file, e);
          }
        }
      }
      terminal.out().print(render(reports, validator, colourOn));
    }
    return exitCode;
  }

  /**
   * Checks a document as the kind the one rule of {@link DocumentKind} gives it, the rule {@code
   * fmt} uses too, so that the two find the same documents unreadable.
   */
  private ValidationReport check(
      PlanValidator validator, PlanJson json, Documents.Input input, Terminal terminal) {
    if (input.kind() == DocumentKind.PRODUCTIVITY_PLAN) {
      return check(validator, input.readPlan(json), input.source(), false, terminal);
    }
    // A council-plan document is read as one, and the productivity-plan profile does not apply
    // (CouncilPlanDocuments); it is unreadable exactly when fmt finds it so.
    ReadResult<CouncilPlan> councilPlan = input.readCouncilPlan(json);
    ValidationReport report =
        CouncilPlanDocuments.report(councilPlan, validator.profile(), input.source());
    if (councilPlan.value().isEmpty() || councilPlan.hasErrors()) {
      terminal
          .err()
          .println(
              "plan: "
                  + Finding.printable(
                      Documents.describeFirstError(input.source(), councilPlan.problems())));
      exitCode = ExitCodes.UNREADABLE;
    }
    return report;
  }

  private String render(List<ValidationReport> reports, PlanValidator validator, boolean colourOn) {
    switch (format) {
      case JSON:
        return Reports.toJson(reports);
      case SARIF:
        return Reports.toSarif(reports, validator.rules());
      default:
        return Reports.toText(reports, colourOn);
    }
  }

  private PlanValidator validator(String profile) {
    ValidationConfig configuration = ValidationConfig.defaults();
    if (config != null) {
      try {
        configuration = ValidationConfig.load(config);
      } catch (InvalidConfigurationException e) {
        // Its message names the file, the line, the column and the JSON Pointer.
        throw new CliException(ExitCodes.UNREADABLE, e.getMessage(), e);
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw new CliException(ExitCodes.UNREADABLE, config + ": " + e.getMessage(), e);
      }
    }
    PlanValidator.Builder builder =
        PlanValidator.builder().profile(profile).configuration(configuration);
    if (baseline != null) {
      try {
        builder.baseline(Baseline.load(baseline));
      } catch (InvalidConfigurationException e) {
        // Its message names the file, the line, the column and the JSON Pointer.
        throw new CliException(ExitCodes.UNREADABLE, e.getMessage(), e);
      }
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      // The profile is known, so the configuration names a rule the profile does not have.
      throw new CliException(ExitCodes.UNREADABLE, e.getMessage(), e);
    }
  }

  /**
   * Checks what was read, or reports why nothing could be, and records the outcome.
   *
   * @param placed whether the source already names the place, as {@code FILE:LINE} does for a line
   *     of JSON Lines; then a one-line error does not add the line and column within it
   */
  private ValidationReport check(
      PlanValidator validator,
      ReadResult<ProductivityPlan> read,
      String source,
      boolean placed,
      Terminal terminal) {
    ValidationReport report;
    if (read.value().isPresent()) {
      // The source lets suppressions limited to one file apply.
      report = validator.validate(read.value().get(), read.problems(), read.positions(), source);
    } else {
      report = ValidationReport.ofProblems(read.problems(), source);
      terminal
          .err()
          .println(
              "plan: "
                  + Finding.printable(
                      placed
                          ? Documents.describeFirstErrorAt(source, read.problems())
                          : Documents.describeFirstError(source, read.problems())));
      exitCode = ExitCodes.UNREADABLE;
    }
    // With a baseline, only what is new since the earlier report fails the run.
    if (report.hasNewAtLeast(failOn) && exitCode == ExitCodes.OK) {
      exitCode = ExitCodes.FINDINGS;
    }
    return report;
  }

  /**
   * Validates JSON Lines, one plan at a time: read a line, read and check its plan, write its
   * report, forget both. Memory does not grow with the number of plans.
   */
  private void streamJsonLines(
      PlanJson json, PlanValidator validator, Terminal terminal, boolean colourOn)
      throws IOException {
    PrintWriter out = terminal.out();
    int plans = 0;
    int invalid = 0;
    int incomplete = 0;
    for (String file : files) {
      boolean stdin = file.equals(Documents.STDIN);
      String name = stdin ? Documents.STDIN_SOURCE : file;
      InputStream in;
      try {
        in = stdin ? terminal.in() : JsonLines.open(file);
      } catch (IOException | InvalidPathException e) {
        String why = Documents.why(e);
        ValidationReport report =
            check(
                validator,
                Documents.cannotRead(name, "Cannot read " + name + ": " + why),
                name,
                false,
                terminal);
        out.print(renderOne(report, colourOn));
        plans++;
        invalid++;
        continue;
      }
      JsonLines lines = new JsonLines(in, json.limits().maxDocumentSize());
      try {
        while (nextLine(lines, name, validator, terminal, colourOn)) {
          if (lines.isBlank()) {
            continue;
          }
          long lineNumber = lines.lineNumber();
          String source = name + ":" + lineNumber;
          ReadResult<ProductivityPlan> read;
          if (lines.isTooLong()) {
            read = Documents.lineTooLong(lineNumber, json.limits(), source);
          } else {
            read = json.read(lines.line(), source);
          }
          ValidationReport report = check(validator, read, source, true, terminal);
          out.print(renderOne(report, colourOn));
          // Hands each report on as soon as it is written, and stops when no one is reading
          // (as with | head): PrintWriter would otherwise swallow the broken pipe and go on.
          if (out.checkError()) {
            return;
          }
          plans++;
          if (!report.isValid()) {
            invalid++;
          } else if (!report.isComplete()) {
            incomplete++;
          }
        }
      } finally {
        if (!stdin) {
          in.close();
        }
      }
    }
    if (format == OutputFormat.TEXT && plans > 1) {
      out.println(
          plans
              + " plans: "
              + invalid
              + " not valid, "
              + incomplete
              + " valid but incomplete, "
              + (plans - invalid - incomplete)
              + " complete");
    }
  }

  /**
   * Moves to the next line; when the file fails part-way, reports the failure as the next line's
   * problem and ends the file.
   */
  private boolean nextLine(
      JsonLines lines, String name, PlanValidator validator, Terminal terminal, boolean colourOn) {
    try {
      return lines.next();
    } catch (IOException e) {
      String source = name + ":" + (lines.lineNumber() + 1);
      ValidationReport report =
          check(
              validator,
              Documents.cannotRead(source, "Cannot read " + source + ": " + Documents.why(e)),
              source,
              true,
              terminal);
      terminal.out().print(renderOne(report, colourOn));
      return false;
    }
  }

  private String renderOne(ValidationReport report, boolean colourOn) {
    return format == OutputFormat.JSON
        ? Reports.toJsonLine(report)
        : Reports.toText(List.of(report), colourOn);
  }
}
