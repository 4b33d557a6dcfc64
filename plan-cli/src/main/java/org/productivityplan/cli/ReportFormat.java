package org.productivityplan.cli;

/** The values of {@code --format} for the commands that write text or JSON only. */
enum ReportFormat {
  /** Text for people. */
  TEXT,
  /** JSON, with a schema in {@code docs/}. */
  JSON;

  /** Converts the option's text. */
  static final class Converter extends Choices.Converter<ReportFormat> {
    Converter() {
      super(ReportFormat.class);
    }
  }
}
