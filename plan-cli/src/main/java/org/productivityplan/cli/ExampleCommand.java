package org.productivityplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.ProductivityPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plan example}: the bundled example plans. */
@Command(
    name = "example",
    header = "List the bundled example plans, or print one.",
    description = {
      "With no NAME, lists the bundled documents: real councils' plans, faithfully transcribed."
          + " With a NAME, prints that document: a starting point for a new plan, as in",
      "  plan example somerset-2024 > my-plan.json",
      ""
    })
final class ExampleCommand implements Callable<Integer> {

  @Mixin private HelpOption help = new HelpOption();

  @ParentCommand private PlanCommand parent;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "NAME", arity = "0..1", description = "The example to print.")
  private @Nullable String name;

  @Override
  public Integer call() {
    PrintWriter out = parent.terminal().out();
    if (name == null) {
      list(out);
      return ExitCodes.OK;
    }
    BundledExamples.Example example =
        BundledExamples.find(name)
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        spec.commandLine(),
                        "No bundled example is called '"
                            + name
                            + "'; the examples are "
                            + Documents.names(
                                BundledExamples.all().stream()
                                    .map(BundledExamples.Example::name)
                                    .toList())));
    out.print(new String(example.bytes(), StandardCharsets.UTF_8));
    return ExitCodes.OK;
  }

  private static void list(PrintWriter out) {
    int width = 0;
    for (BundledExamples.Example example : BundledExamples.all()) {
      width = Math.max(width, example.name().length());
    }
    PlanJson json = PlanJson.standard();
    for (BundledExamples.Example example : BundledExamples.all()) {
      out.println(
          String.format(
              Locale.ROOT,
              "%-" + width + "s  %-17s  %s",
              example.name(),
              example.kind().label(),
              describe(json, example)));
    }
  }

  /** The council and title of an example, as read by the SDK's own reader. */
  private static String describe(PlanJson json, BundledExamples.Example example) {
    if (example.kind() == BundledExamples.Kind.SYNTHETIC) {
      return example.description();
    }
    if (example.kind() == BundledExamples.Kind.COUNCIL_PLAN) {
      ReadResult<CouncilPlan> read;
      try (InputStream in = example.open()) {
        read = json.readCouncilPlan(in, example.source());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return read.value()
          .map(p -> p.council().map(c -> c.name() + ": ").orElse("") + p.title())
          .orElse("(cannot be read)");
    }
    ReadResult<ProductivityPlan> read = Documents.readPlan(json, example);
    return read.value().map(p -> p.council().name() + ": " + p.title()).orElse("(cannot be read)");
  }
}
