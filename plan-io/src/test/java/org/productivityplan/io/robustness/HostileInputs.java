package org.productivityplan.io.robustness;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hostile documents of the robustness suite, each far beyond one read limit, generated on demand
 * so that none is ever held in memory by the test itself.
 */
final class HostileInputs {

  /** One hostile document and the limit that must refuse it. */
  static final class Case {
    final String name;
    final GeneratedInput input;
    final Set<String> limits;

    Case(String name, GeneratedInput input, String... limits) {
      this.name = name;
      this.input = input;
      this.limits = Set.of(limits);
    }

    @Override
    public String toString() {
      return name + " (" + input.length() + " bytes; refused by " + String.join(" or ", new TreeSet<>(limits)) + ")";
    }
  }

  static final long MB = 1_000_000L;

  private static final String HEAD = "{\"schemaVersion\": \"1.0\", \"council\": {\"name\": \"C\"}, \"title\": \"T\", ";

  private HostileInputs() {}

  /**
   * A 100 MB document: a small plan padded with 100 million spaces, which no other limit counts.
   */
  static Case hundredMegabyteDocument() {
    return new Case("a 100 MB document",
        GeneratedInput.of(HEAD + "\"padding\": 0", " ", 100 * MB, "}"), "maxDocumentSize");
  }

  /** 100,000 levels of nested arrays. */
  static Case deepNesting() {
    return new Case("100,000 levels of nesting",
        GeneratedInput.of(HEAD + "\"deep\": ", "[", 100_000, "]".repeat(100_000) + "}"), "maxNestingDepth");
  }

  /** A 50 MB string as the plan's title. */
  static Case fiftyMegabyteString() {
    return new Case("a 50 MB string",
        GeneratedInput.of("{\"schemaVersion\": \"1.0\", \"title\": \"", "a", 50 * MB, "\"}"),
        // Bytes are counted before they are parsed, so a stream is refused by its size; characters
        // are parsed as they come, so a reader is refused by whichever limit it passes first.
        "maxDocumentSize", "maxStringLength");
  }

  /** A 2 MB string: within the document limit, beyond the string limit. */
  static Case twoMegabyteString() {
    return new Case("a 2 MB string",
        GeneratedInput.of(HEAD + "\"introduction\": \"", "b", 2 * MB, "\"}"), "maxStringLength");
  }

  /** A property name of 2 million characters. */
  static Case longPropertyName() {
    return new Case("a 2 MB property name",
        GeneratedInput.of(HEAD + "\"", "k", 2 * MB, "\": 1}"), "maxStringLength");
  }

  /** A number of a million digits. */
  static Case millionDigitNumber() {
    return new Case("a number of a million digits",
        GeneratedInput.of(HEAD + "\"context\": {\"reserves\": {\"amount\": ", "9", MB, ", \"currency\": \"GBP\"}}}"),
        "maxNumberLength");
  }

  /** A number of a million digits after the decimal point. */
  static Case millionDigitFraction() {
    return new Case("a fraction of a million digits",
        GeneratedInput.of(HEAD + "\"extra\": 0.", "3", MB, "}"), "maxNumberLength");
  }

  /** An array of 200,000 elements, twice the array limit. */
  static Case longArray() {
    return new Case("an array of 200,000 elements",
        GeneratedInput.of(HEAD + "\"list\": [", "\"v\", ", 200_000, "\"v\"]}"), "maxArrayLength");
  }

  /** Every case. */
  static List<Case> all() {
    return List.of(hundredMegabyteDocument(), deepNesting(), fiftyMegabyteString(), twoMegabyteString(),
        longPropertyName(), millionDigitNumber(), millionDigitFraction(), longArray());
  }
}
