package org.productivityplan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A key performance indicator: how a plan's progress is measured.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withId(...)}, or with several changed
 * through {@code Kpi.builder().from(value)}.
 */
@Value.Immutable
public abstract class Kpi implements Extensible, WithKpi {

  Kpi() {}

  /**
   * Returns the KPI's id, unique within the plan.
   *
   * @return the value
   */
  @NotBlank
  public abstract String id();
  /**
   * Returns the KPI's name.
   *
   * @return the value
   */
  @NotBlank
  public abstract String name();
  /**
   * Returns what it measures.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> description();
  /**
   * Returns the unit of its values.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> unit();
  /**
   * Returns which way it improves.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<KpiDirection> direction();
  /**
   * Returns the value it starts from.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid KpiValue> baseline();
  /**
   * Returns the value it aims for.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid KpiValue> target();
  /**
   * Returns the values measured over time.
   *
   * @return the list, empty when none
   */
  public abstract List<@Valid KpiValue> measurements();
  /**
   * Returns where its definition comes from.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid KpiSource> source();
  /**
   * Returns the ids of the projects it measures.
   *
   * @return the list, empty when none
   */
  public abstract List<String> projectIds();

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
   * Builds a {@link Kpi}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link Kpi}, where
   * each is documented, such as {@code id(String)}; an optional property's method also takes an
   * {@code Optional}. A list property has adders too, such as {@code addMeasurement(...)}, for one
   * element or several, and {@code addAllMeasurements(Iterable)}; {@code measurements(Iterable)}
   * replaces the whole list. {@code putUnknownProperty(String, RawJson)} keeps a property a reader
   * did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code Kpi}, and {@code build()}
   * returns the {@code Kpi}, or throws {@link IllegalStateException} naming each required property
   * not set. No method takes null.
   */
  public static final class Builder extends ImmutableKpi.Builder {
    Builder() {}
  }
}
