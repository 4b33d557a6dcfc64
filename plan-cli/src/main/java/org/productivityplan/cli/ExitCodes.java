package org.productivityplan.cli;

/** The exit codes of {@code plan}, documented in {@code docs/cli.md}. */
final class ExitCodes {

  /** Nothing at or above the fail-on level; the command did what was asked. */
  static final int OK = 0;

  /**
   * A finding at or above the fail-on level ({@code validate}), or a file not in canonical form
   * ({@code fmt --check}), or two versions that differ ({@code diff}, as {@code diff(1)}).
   */
  static final int FINDINGS = 1;

  /** An input could not be read: a plan that is not a plan, a missing file, a bad configuration. */
  static final int UNREADABLE = 2;

  /** The command line was wrong: an unknown option, a missing argument, a bad value (EX_USAGE). */
  static final int USAGE = 64;

  /** A bug in the SDK: something failed that never should (EX_SOFTWARE). */
  static final int INTERNAL = 70;

  private ExitCodes() {}
}
