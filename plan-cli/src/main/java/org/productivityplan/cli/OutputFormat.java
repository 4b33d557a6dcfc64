package org.productivityplan.cli;

/** The values of {@code --format}. */
enum OutputFormat {
  /** Text for people. */
  TEXT,
  /** The JSON report, documented in {@code docs/cli.md}. */
  JSON,
  /** SARIF 2.1.0, for code-scanning tools. */
  SARIF;

  /** Converts the option's text. */
  static final class Converter extends Choices.Converter<OutputFormat> {
    Converter() {
      super(OutputFormat.class);
    }
  }
}
