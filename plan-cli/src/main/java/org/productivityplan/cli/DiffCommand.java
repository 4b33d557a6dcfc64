package org.productivityplan.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.productivityplan.analysis.PlanDiff;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.validation.PlanValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plan diff}: what changed between two versions of a plan. */
@Command(
    name = "diff",
    sortOptions = false,
    header = "Show what changed between two versions of a plan.",
    description = {
      "Compares OLD and NEW, two versions of a productivity plan: elements added, removed, renamed"
          + " or changed (matched by id, never by position), and the findings that are new,"
          + " resolved or remain. - reads standard input (for one of the two).",
      ""
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   no changes",
      "  1   changes",
      "  2   OLD or NEW could not be read",
      "  64  usage error",
      "",
      "Documentation: docs/analysis.md"
    })
final class DiffCommand implements Callable<Integer> {

  @Mixin private HelpOption help = new HelpOption();

  @ParentCommand private PlanCommand parent;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The older version.")
  private String older = "";

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer version.")
  private String newer = "";

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = ReportFormat.Converter.class,
      description = "text (default) or json (docs/plan-diff-1.0.schema.json).")
  private ReportFormat format = ReportFormat.TEXT;

  @Mixin private ProfileOption profileOption = new ProfileOption();

  @Override
  public Integer call() {
    if (older.equals(Documents.STDIN) && newer.equals(Documents.STDIN)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Only one of OLD and NEW can be - (standard input)");
    }
    PlanValidator validator = PlanValidator.builder().profile(profileOption.known()).build();
    Terminal terminal = parent.terminal();
    PlanJson json = PlanJson.standard();
    ReadResult<ProductivityPlan> before = Documents.readPlan(json, older, terminal.in());
    ReadResult<ProductivityPlan> after = Documents.readPlan(json, newer, terminal.in());
    boolean unreadable = false;
    for (ReadResult<ProductivityPlan> read : List.of(before, after)) {
      if (read.value().isEmpty()) {
        terminal.err().println("plan: " + Documents.describeFirstError(read.source(), read.problems()));
        unreadable = true;
      }
    }
    if (unreadable) {
      return ExitCodes.UNREADABLE;
    }
    PlanDiff diff = PlanDiff.between(before.value().get(), after.value().get(), validator);
    String olderName = name(older);
    String newerName = name(newer);
    terminal
        .out()
        .print(
            format == ReportFormat.JSON
                ? diff.toJson(olderName, newerName)
                : diff.toText(olderName, newerName));
    return diff.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  private static String name(String argument) {
    return argument.equals(Documents.STDIN) ? Documents.STDIN_SOURCE : argument;
  }
}
