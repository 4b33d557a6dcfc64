package org.productivityplan.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A council plan (or business plan): the outcomes and key priorities that projects trace to, the
 * "golden thread" of Somerset's scrutiny paper.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withTitle(...)}, or with several
 * changed through {@code CouncilPlan.builder().from(value)}.
 */
@Value.Immutable
public abstract class CouncilPlan implements Extensible, WithCouncilPlan {

  CouncilPlan() {}

  /**
   * Returns the plan's title.
   *
   * @return the value
   */
  public abstract String title();
  /**
   * Returns where this record of the council plan was taken from: the published document's title or address.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> source();
  /**
   * Returns the council whose plan it is, when not the productivity plan's own.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid Council> council();
  /**
   * Returns the years it covers.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<DateRange> period();
  /**
   * Returns what the plan is for, and the strengths and challenges it starts from.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> introduction();
  /**
   * Returns the statements of the council's vision.
   *
   * @return the list, empty when none
   */
  public abstract List<String> vision();
  /**
   * Returns the outcomes it sets out to achieve.
   *
   * @return the list, empty when none
   */
  public abstract List<@Valid CouncilPlanOutcome> outcomes();
  /**
   * Returns how the council will deliver it.
   *
   * @return the list, empty when none
   */
  public abstract List<String> principles();
  /**
   * Returns the strategies and plans that sit below it.
   *
   * @return the list, empty when none
   */
  public abstract List<String> relatedStrategies();
  /**
   * Returns the figures the plan gives for context.
   *
   * @return the list, empty when none
   */
  public abstract List<@Valid KeyFigure> keyFigures();
  /**
   * Returns how delivery of the plan is evidenced and reported.
   *
   * @return the list, empty when none
   */
  public abstract List<@Valid MonitoringArrangement> monitoringArrangements();
  /**
   * Returns how delivery of the plan is evidenced and reported where the plan names a report
   * rather than a body that oversees it ("a quarterly performance report which shows the top-level
   * performance indicators").
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> performanceReporting();

  /**
   * Returns a bounded description for logs: ids, names and titles, values such as amounts, dates
   * and codes, nested objects alike, and only the size of each list; no description or narrative.
   *
   * @return the description
   */
  @Override
  public final String toString() {
    return Summaries.of(this);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CouncilPlan}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link CouncilPlan},
   * where each is documented, such as {@code title(String)}; an optional property's method also
   * takes an {@code Optional}. A list property has adders too, such as {@code addVision(...)}, for
   * one element or several, and {@code addAllVision(Iterable)}; {@code vision(Iterable)} replaces
   * the whole list. {@code putUnknownProperty(String, RawJson)} keeps a property a reader did not
   * know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code CouncilPlan}, and {@code
   * build()} returns the {@code CouncilPlan}, or throws {@link IllegalStateException} naming each
   * required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableCouncilPlan.Builder {
    Builder() {}
  }
}
