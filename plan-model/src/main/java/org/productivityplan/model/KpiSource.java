package org.productivityplan.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a KPI's definition comes from: an Oflog or LG Inform metric, or a local measure.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withKind(...)}, or with several
 * changed through {@code KpiSource.builder().from(value)}.
 */
@Value.Immutable
public abstract class KpiSource implements Extensible, WithKpiSource {

  KpiSource() {}

  /**
   * Returns the kind of source.
   *
   * @return the value
   */
  public abstract KpiSourceKind kind();
  /**
   * Returns the metric's id at its source.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> metricId();
  /**
   * Returns the metric's name at its source.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> name();

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
   * Builds a {@link KpiSource}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link KpiSource},
   * where each is documented, such as {@code kind(KpiSourceKind)}; an optional property's method
   * also takes an {@code Optional}. {@code putUnknownProperty(String, RawJson)} keeps a property a
   * reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code KpiSource}, and {@code
   * build()} returns the {@code KpiSource}, or throws {@link IllegalStateException} naming each
   * required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableKpiSource.Builder {
    Builder() {}
  }
}
