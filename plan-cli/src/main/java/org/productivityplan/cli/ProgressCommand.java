package org.productivityplan.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.productivityplan.analysis.PlanProgress;
import org.productivityplan.analysis.ProgressThresholds;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.ProductivityPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plan progress}: how a plan's KPIs and milestones are doing on a date. */
@Command(
    name = "progress",
    sortOptions = false,
    header = "Show how a plan's KPIs and milestones are doing.",
    description = {
      "For each KPI of PLAN: baseline, measurements, target, the share of the way achieved and a"
          + " status (on track, at risk, off track, or cannot tell and why) against a straight line"
          + " from baseline to target. For each milestone: achieved, overdue, due or undated."
          + " These are facts, not findings: they do not change validity. - reads standard input.",
      ""
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   the progress was written",
      "  2   PLAN could not be read",
      "  64  usage error",
      "",
      "Documentation: docs/analysis.md"
    })
final class ProgressCommand implements Callable<Integer> {

  @Mixin private HelpOption help = new HelpOption();

  @ParentCommand private PlanCommand parent;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan.")
  private String plan = "";

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "The date to report on, YYYY-MM-DD (default: today).")
  private @Nullable String asOf;

  @Option(
      names = "--on-track",
      paramLabel = "POINTS",
      defaultValue = "5",
      description =
          "On track when no more than this many percentage points behind the line (default: 5).")
  private double onTrack = 5;

  @Option(
      names = "--at-risk",
      paramLabel = "POINTS",
      defaultValue = "15",
      description = "At risk when no more than this many points behind, else off track (default: 15).")
  private double atRisk = 15;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = ReportFormat.Converter.class,
      description = "text (default) or json (docs/plan-progress-1.0.schema.json).")
  private ReportFormat format = ReportFormat.TEXT;

  @Override
  public Integer call() {
    LocalDate date = date();
    ProgressThresholds thresholds;
    try {
      thresholds = ProgressThresholds.of(onTrack, atRisk);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--on-track and --at-risk: " + e.getMessage());
    }
    Terminal terminal = parent.terminal();
    ReadResult<ProductivityPlan> read = Documents.readPlan(PlanJson.standard(), plan, terminal.in());
    if (read.value().isEmpty()) {
      terminal.err().println("plan: " + Documents.describeFirstError(read.source(), read.problems()));
      return ExitCodes.UNREADABLE;
    }
    PlanProgress progress = PlanProgress.of(read.value().get(), date, thresholds);
    String name = plan.equals(Documents.STDIN) ? Documents.STDIN_SOURCE : plan;
    terminal.out().print(format == ReportFormat.JSON ? progress.toJson(name) : progress.toText(name));
    return ExitCodes.OK;
  }

  private LocalDate date() {
    if (asOf == null) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--as-of must be a date written YYYY-MM-DD, but was '" + asOf + "'");
    }
  }
}
