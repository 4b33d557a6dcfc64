package org.productivityplan.examples;

import java.io.StringReader;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.productivityplan.examples.internal.Fixtures;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.ProductivityPlan;

/**
 * One bundled productivity-plan fixture: its name, whether it records a real plan or was made up
 * for a test, where it comes from, its JSON text and the plan read from it.
 *
 * <p>Obtain examples from {@link ExamplePlans}. The JSON is loaded and read on first use, with
 * {@link PlanJson#standard()}, and kept: the text and the plan are immutable, so one instance
 * serves every caller.
 *
 * <p>Immutable and thread-safe.
 */
public final class Example {

  /** Whether a fixture records a real plan or was made up for a test. */
  public enum Kind {
    /** A faithful record of a plan a council published: every figure and date is from its text. */
    REAL,
    /** A plan made up to exercise the library: the complete plan and its one-change variants. */
    SYNTHETIC
  }

  private final String name;
  private final Kind kind;
  private final String description;
  private final String resource;
  private final boolean readable;
  private final Object lock = new Object();
  private volatile @Nullable String json;
  private volatile @Nullable ReadResult<ProductivityPlan> read;

  Example(String name, Kind kind, String description, String resource, boolean readable) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.description = Objects.requireNonNull(description, "description");
    this.resource = Objects.requireNonNull(resource, "resource");
    this.readable = readable;
  }

  /**
   * Returns the fixture's name, such as {@code somerset-2024} or {@code rule-PP130}; the name
   * {@link ExamplePlans#example(String)} takes.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns whether the fixture records a real plan or a synthetic one.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns where a real fixture comes from (the published document), or what a synthetic one is
   * for (such as "complete, with no consultancy figure").
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the fixture's resource name in this module, such as {@code
   * org/productivityplan/examples/devon-2024.json}.
   *
   * @return the resource name
   */
  public String resource() {
    return resource;
  }

  /**
   * Tells whether the fixture is meant to read as a plan. Every fixture is, except those made to
   * be refused by a reader, such as {@code future-major} (a document of format 2.0).
   *
   * @return true when the fixture reads as a plan
   */
  public boolean isReadable() {
    return readable;
  }

  /**
   * Returns the fixture's JSON text, exactly as bundled (UTF-8, canonical form of format 1.0).
   *
   * @return the JSON text
   */
  public String json() {
    String text = json;
    if (text == null) {
      synchronized (lock) {
        text = json;
        if (text == null) {
          text = Fixtures.text(resource);
          json = text;
        }
      }
    }
    return text;
  }

  /**
   * Returns the result of reading the fixture with {@link PlanJson#standard()}, problems included:
   * the way to see how a reader treats a fixture made to be refused.
   *
   * @return the read result; its source is the resource name
   */
  public ReadResult<ProductivityPlan> read() {
    ReadResult<ProductivityPlan> result = read;
    if (result == null) {
      synchronized (lock) {
        result = read;
        if (result == null) {
          result = PlanJson.standard().read(new StringReader(json()), resource);
          read = result;
        }
      }
    }
    return result;
  }

  /**
   * Returns the plan read from the fixture.
   *
   * @return the plan
   * @throws IllegalStateException when the fixture does not read without errors: naming the
   *     fixture and its problems (for a fixture made to be refused, see {@link #isReadable()})
   */
  public ProductivityPlan plan() {
    ReadResult<ProductivityPlan> result = read();
    if (result.hasErrors() || result.value().isEmpty()) {
      throw Fixtures.unreadable(name, resource, result);
    }
    return result.value().get();
  }

  /**
   * Returns the fixture's name, so that a parameterized test shows it.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name;
  }
}
