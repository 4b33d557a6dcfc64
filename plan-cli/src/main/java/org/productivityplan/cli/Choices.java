package org.productivityplan.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.productivityplan.model.Severity;
import picocli.CommandLine;

/** Option values written in lower case, as {@code docs/cli.md} and the help show them. */
final class Choices {

  private Choices() {}

  /** The option text of an enum constant: its name in lower case. */
  static String text(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** Lists the option texts of an enum: {@code "a, b or c"}. */
  static String list(Class<? extends Enum<?>> type) {
    List<String> names = new ArrayList<>();
    for (Enum<?> constant : type.getEnumConstants()) {
      names.add(text(constant));
    }
    return names.size() == 1
        ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1))
            + " or "
            + names.get(names.size() - 1);
  }

  /**
   * Converts an option's text to an enum constant, case-insensitively, with a message that lists
   * the accepted values.
   *
   * @param <E> the enum
   */
  abstract static class Converter<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {

    private final Class<E> type;

    Converter(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      for (E constant : type.getEnumConstants()) {
        if (text(constant).equalsIgnoreCase(value)) {
          return constant;
        }
      }
      throw new CommandLine.TypeConversionException(
          "expected " + list(type) + " but was '" + value + "'");
    }
  }

  /** Converts {@code error}, {@code warning} or {@code info} to a {@link Severity}. */
  static final class SeverityConverter extends Converter<Severity> {
    SeverityConverter() {
      super(Severity.class);
    }
  }
}
