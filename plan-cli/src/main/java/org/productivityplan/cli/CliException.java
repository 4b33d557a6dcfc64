package org.productivityplan.cli;

import org.jspecify.annotations.Nullable;

/**
 * A failure the command explains to people in one line, {@code plan: <message>}, and ends with an
 * exit code. The stack trace is shown only with {@code --debug}.
 */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message) {
    this(exitCode, message, null);
  }

  CliException(int exitCode, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
