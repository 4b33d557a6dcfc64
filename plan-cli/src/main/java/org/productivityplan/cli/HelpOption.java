package org.productivityplan.cli;

import picocli.CommandLine.Option;

/** {@code -h}/{@code --help} for a subcommand ({@code --version} belongs to {@code plan} alone). */
final class HelpOption {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;
}
