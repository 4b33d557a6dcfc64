package org.productivityplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The example plans bundled with the SDK (the {@code examples} module's fixtures), read from the
 * class path. The one place that knows where they are, so that it can move to the examples
 * module's Java API without touching the commands.
 */
final class BundledExamples {

  /** What a bundled document is. */
  enum Kind {
    /** A 2024 productivity plan: what {@code plan validate} checks. */
    PRODUCTIVITY_PLAN("productivity plan"),
    /** A council's corporate or business plan: context, not checked against the guidance. */
    COUNCIL_PLAN("council plan");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /**
   * One bundled document.
   *
   * @param name its name, such as {@code somerset-2024}
   * @param kind what it is
   */
  record Example(String name, Kind kind) {

    /** The name that reports give as the document's source. */
    String source() {
      return "example:" + name;
    }

    /** Opens the document's UTF-8 bytes; the caller closes the stream. */
    InputStream open() {
      String resource = RESOURCE_DIRECTORY + name + ".json";
      InputStream in = BundledExamples.class.getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException(
            "The bundled example " + name + " is missing from the class path (" + resource + ")");
      }
      return in;
    }

    /** Returns the document's bytes. */
    byte[] bytes() {
      try (InputStream in = open()) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the bundled example " + name, e);
      }
    }
  }

  private static final String RESOURCE_DIRECTORY = "/org/productivityplan/examples/";

  private static final List<Example> ALL =
      List.of(
          new Example("devon-2024", Kind.PRODUCTIVITY_PLAN),
          new Example("sefton-2024", Kind.PRODUCTIVITY_PLAN),
          new Example("somerset-2024", Kind.PRODUCTIVITY_PLAN),
          new Example("somerset-business-plan-2021", Kind.COUNCIL_PLAN));

  private BundledExamples() {}

  /** Every bundled document, by name. */
  static List<Example> all() {
    return ALL;
  }

  /** The bundled productivity plans: what {@code plan validate} checks when given no file. */
  static List<Example> productivityPlans() {
    return ALL.stream().filter(e -> e.kind() == Kind.PRODUCTIVITY_PLAN).toList();
  }

  /** Finds a bundled document by name; a trailing {@code .json} is allowed. */
  static Optional<Example> find(String name) {
    String bare = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    return ALL.stream().filter(e -> e.name().equals(bare)).findFirst();
  }
}
