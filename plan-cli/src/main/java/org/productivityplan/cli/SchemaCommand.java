package org.productivityplan.cli;

import java.util.concurrent.Callable;
import org.productivityplan.io.PlanJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code plan schema}: the JSON Schema of the plan format. */
@Command(
    name = "schema",
    header = "Print the JSON Schema of a plan (format 1.0).",
    description = {
      "Prints the JSON Schema (draft 2020-12) of a productivity-plan document, for editors and"
          + " other tools. The schema checks shape; plan validate checks content against the"
          + " guidance.",
      ""
    })
final class SchemaCommand implements Callable<Integer> {

  @Mixin private HelpOption help = new HelpOption();

  @ParentCommand private PlanCommand parent;

  @Option(
      names = "--council-plan",
      description = "Print the schema of a council-plan document instead.")
  private boolean councilPlan;

  @Override
  public Integer call() {
    parent.terminal().out().print(councilPlan ? PlanJson.councilPlanSchema() : PlanJson.schema());
    return ExitCodes.OK;
  }
}
