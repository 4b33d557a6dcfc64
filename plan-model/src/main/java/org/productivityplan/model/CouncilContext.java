package org.productivityplan.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The council's context, which Somerset's scrutiny paper asks a plan to give a lay reader:
 * its financial position and reserves, whether it has a Housing Revenue Account, how it understands
 * and measures productivity, its strategic planning framework and its assurance.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withFinancialPosition(...)}, or with
 * several changed through {@code CouncilContext.builder().from(value)}.
 */
@Value.Immutable
public abstract class CouncilContext implements Extensible, WithCouncilContext {

  CouncilContext() {}

  /**
   * Returns the council's financial position, in words.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> financialPosition();
  /**
   * Returns the council's reserves, where a figure is given.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid Money> reserves();
  /**
   * Returns what the plan says of its reserves.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> reservesNarrative();
  /**
   * Returns whether the council has a Housing Revenue Account; empty when not stated.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<Boolean> hasHousingRevenueAccount();
  /**
   * Returns how the council understands and approaches productivity.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> productivityUnderstanding();
  /**
   * Returns how the council measures productivity (rule PP114).
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> productivityMeasurement();
  /**
   * Returns the strategic planning framework: the golden thread from council plan to service plans.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> strategicFramework();
  /**
   * Returns the assurance the council cites: peer challenges, scrutiny, audit, inspection.
   *
   * @return the list, empty when none
   */
  public abstract List<@Valid AssuranceActivity> assuranceActivities();
  /**
   * Returns other figures the plan gives for context, such as capital spend or funding lost.
   *
   * @return the list, empty when none
   */
  public abstract List<@Valid KeyFigure> keyFigures();

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
   * Builds a {@link CouncilContext}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link
   * CouncilContext}, where each is documented, such as {@code financialPosition(String)}; an
   * optional property's method also takes an {@code Optional}. A list property has adders too, such
   * as {@code addAssuranceActivity(...)}, for one element or several, and {@code
   * addAllAssuranceActivities(Iterable)}; {@code assuranceActivities(Iterable)} replaces the whole
   * list. {@code putUnknownProperty(String, RawJson)} keeps a property a reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code CouncilContext}, and {@code
   * build()} returns the {@code CouncilContext}, or throws {@link IllegalStateException} naming
   * each required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableCouncilContext.Builder {
    Builder() {}
  }
}
