package org.productivityplan.cli;

/** The values of {@code --color}. */
enum ColourChoice {
  /** Colour on a terminal unless {@code NO_COLOR} is set. */
  AUTO,
  /** Always colour, even into a pipe. */
  ALWAYS,
  /** Never colour. */
  NEVER;

  /** Converts the option's text. */
  static final class Converter extends Choices.Converter<ColourChoice> {
    Converter() {
      super(ColourChoice.class);
    }
  }
}
