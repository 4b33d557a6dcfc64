package org.productivityplan.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.productivityplan.examples.ExamplePlans;

/**
 * The example plans bundled with the SDK: the {@code examples} module's fixtures, through its
 * {@link ExamplePlans} API. The one place the commands learn about them.
 */
final class BundledExamples {

  /** What a bundled document is. */
  enum Kind {
    /** A 2024 productivity plan: what {@code plan validate} checks. */
    PRODUCTIVITY_PLAN("productivity plan"),
    /** A council's corporate or business plan: context, not checked against the guidance. */
    COUNCIL_PLAN("council plan"),
    /** A plan made up to exercise the SDK: the complete plan and its one-change variants. */
    SYNTHETIC("synthetic plan");

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
      return new ByteArrayInputStream(bytes());
    }

    /** Returns the document's bytes, exactly as bundled. */
    byte[] bytes() {
      return ExamplePlans.json(name).getBytes(StandardCharsets.UTF_8);
    }

    /** What the examples module says the document is: its origin, or what a synthetic one tests. */
    String description() {
      return kind == Kind.COUNCIL_PLAN ? "" : ExamplePlans.example(name).description();
    }
  }

  private BundledExamples() {}

  /** Every bundled document: the real productivity plans, the council plan, the synthetic ones. */
  static List<Example> all() {
    List<Example> all = new ArrayList<>();
    for (String name : ExamplePlans.names()) {
      all.add(new Example(name, kind(name)));
    }
    return all;
  }

  private static Kind kind(String name) {
    if (name.equals(ExamplePlans.SOMERSET_BUSINESS_PLAN_2021)) {
      return Kind.COUNCIL_PLAN;
    }
    return ExamplePlans.example(name).kind() == org.productivityplan.examples.Example.Kind.REAL
        ? Kind.PRODUCTIVITY_PLAN
        : Kind.SYNTHETIC;
  }

  /** The real productivity plans: what {@code plan validate} checks when given no file. */
  static List<Example> productivityPlans() {
    return ExamplePlans.realExamples().stream()
        .map(e -> new Example(e.name(), Kind.PRODUCTIVITY_PLAN))
        .toList();
  }

  /**
   * The bundled corpus: every productivity plan, the real ones then the synthetic ones (one of
   * which, {@code future-major}, is made to be refused), as {@code plan panel} reads it with no
   * input.
   */
  static List<Example> corpus() {
    return all().stream().filter(e -> e.kind() != Kind.COUNCIL_PLAN).toList();
  }

  /** Finds a bundled document by name; a trailing {@code .json} is allowed. */
  static Optional<Example> find(String name) {
    String bare = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    return all().stream().filter(e -> e.name().equals(bare)).findFirst();
  }
}
