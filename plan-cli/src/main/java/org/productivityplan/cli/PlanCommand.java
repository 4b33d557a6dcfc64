package org.productivityplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code plan}: the top-level command, which only dispatches to its subcommands. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    versionProvider = PlanCommand.Version.class,
    sortOptions = false,
    header = "Check English councils' 2024 productivity plans against the government's guidance.",
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "",
      "Start with:  plan validate   (checks the bundled example plans)",
      "             plan validate my-plan.json",
      ""
    },
    subcommands = {
      ValidateCommand.class,
      ReportCommand.class,
      RulesCommand.class,
      SchemaCommand.class,
      FmtCommand.class,
      ExampleCommand.class,
      DiffCommand.class,
      ProgressCommand.class,
      PanelCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   nothing at or above the fail-on level",
      "  1   a finding at or above the fail-on level; fmt --check: a file not canonical;",
      "      diff: the versions differ",
      "  2   an input could not be read (not a plan, missing, malformed, too large)",
      "  64  usage error",
      "",
      "Documentation: docs/cli.md"
    })
final class PlanCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Spec private CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "On failure, print the stack trace as well as the one-line message.")
  boolean debug;

  PlanCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  Terminal terminal() {
    return terminal;
  }

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
  }

  /** The version shown by {@code --version}, from the build. */
  static final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
      return new String[] {
        "plan " + version() + " (Productivity Plan SDK)",
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
      };
    }

    static String version() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = PlanCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return properties.getProperty("version", "unknown");
    }
  }
}
