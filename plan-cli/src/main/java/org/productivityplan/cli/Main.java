package org.productivityplan.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.productivityplan.model.Finding;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The entry point of the {@code plan} command. Run it with {@code ./plan} from the repository root,
 * or {@code java -jar plan-cli/target/plan-cli-VERSION-all.jar}; {@code plan --help} lists the
 * commands and {@code docs/cli.md} documents them.
 */
public final class Main {

  /**
   * Hibernate Validator announces its version on its first use, through java.util.logging; a
   * command's standard error is for the command's own messages. Held here so that the setting is
   * not collected.
   */
  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

  private Main() {}

  /**
   * Runs the command and exits with its exit code: 0 when nothing reached the fail-on level, 1 when
   * something did, 2 when an input could not be read, 64 for a usage error.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    HIBERNATE_LOG.setLevel(Level.WARNING);
    PrintWriter out = writer(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = writer(new FileOutputStream(FileDescriptor.err));
    int exitCode =
        run(args, new Terminal(System.in, out, err, System.getenv(), Terminal.processIsOnTerminal()));
    out.flush();
    err.flush();
    System.exit(exitCode);
  }

  /**
   * Runs the command against the given streams, for tests and for {@link #main}. Never throws and
   * never exits: every failure is a message on the error stream and an exit code.
   *
   * @param args the command line
   * @param terminal the streams and environment
   * @return the exit code
   */
  static int run(String[] args, Terminal terminal) {
    CommandLine commandLine = commandLine(terminal);
    int exitCode;
    try {
      exitCode = commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      // Outside any one file (a file's own is named by its command): one line all the same.
      exitCode = fail(OutOfMemory.elsewhere(e), Arrays.asList(args).contains("--debug"), terminal.err());
    } catch (StackOverflowError e) {
      exitCode =
          fail(
              new CliException(
                  ExitCodes.INTERNAL,
                  "internal error, please report it (run again with --debug for the details): " + e,
                  e),
              Arrays.asList(args).contains("--debug"),
              terminal.err());
    }
    terminal.out().flush();
    terminal.err().flush();
    return exitCode;
  }

  /**
   * Runs the command against byte streams, for in-process tests.
   *
   * @param args the command line
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param env the environment variables
   * @param onTerminal whether to behave as if standard output were a terminal
   * @return the exit code
   */
  static int run(
      String[] args,
      InputStream in,
      OutputStream out,
      OutputStream err,
      Map<String, String> env,
      boolean onTerminal) {
    return run(args, new Terminal(in, writer(out), writer(err), env, onTerminal));
  }

  static CommandLine commandLine(Terminal terminal) {
    CommandLine commandLine = new CommandLine(new PlanCommand(terminal));
    commandLine.setOut(terminal.out());
    commandLine.setErr(terminal.err());
    commandLine.setParameterExceptionHandler(Main::usageError);
    commandLine.setExecutionExceptionHandler(Main::failure);
    return commandLine;
  }

  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("plan: " + Finding.printable(String.valueOf(e.getMessage())));
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println();
    command.usage(err, command.getColorScheme());
    return ExitCodes.USAGE;
  }

  private static int failure(Exception e, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    boolean debug = false;
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      debug |= p.hasMatchedOption("--debug");
    }
    if (e instanceof CliException) {
      return fail((CliException) e, debug, err);
    }
    return fail(
        new CliException(
            ExitCodes.INTERNAL,
            "internal error, please report it"
                + (debug ? "" : " (run again with --debug for the details)")
                + ": "
                + e,
            e),
        debug,
        err);
  }

  /** Prints a failure in one line (its stack trace after it with --debug) and gives its exit code. */
  private static int fail(CliException e, boolean debug, PrintWriter err) {
    err.println("plan: " + Finding.printable(String.valueOf(e.getMessage())));
    if (debug) {
      (e.getCause() == null ? e : e.getCause()).printStackTrace(err);
    }
    return e.exitCode();
  }

  private static PrintWriter writer(OutputStream out) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), false);
  }
}
