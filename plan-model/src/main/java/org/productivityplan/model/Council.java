package org.productivityplan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An English council, identified by its name and its GSS code from the ONS register.
 *
 * <p>The council's tier ({@link #type()}) is read from the code's prefix, so the two can never
 * disagree.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withName(...)}, or with several
 * changed through {@code Council.builder().from(value)}.
 */
@Value.Immutable
public abstract class Council implements Extensible, WithCouncil {

  Council() {}

  /**
   * Returns the council's name, such as "Somerset Council".
   *
   * @return the value
   */
  @NotBlank
  public abstract String name();
  /**
   * Returns the nine-character GSS code, such as {@code E06000066}; the rule engine checks its form (rule PP001).
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Pattern(regexp = "E(0[6-9]|10)[0-9]{6}") String> gssCode();
  /**
   * Returns when the council came into being, for a council formed by reorganisation.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<PartialDate> formed();
  /**
   * Returns the councils this one replaced (Somerset Council replaced five).
   *
   * @return the list, empty when none
   */
  public abstract List<@Valid Council> predecessors();

  /**
   * Returns the council's tier, read from the prefix of its GSS code.
   *
   * @return the tier, or empty when no code is stated or its prefix names no English tier
   */
  public final Optional<CouncilType> type() {
    return gssCode().flatMap(CouncilType::fromGssCode);
  }

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
   * Builds a {@link Council}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link Council},
   * where each is documented, such as {@code name(String)}; an optional property's method also
   * takes an {@code Optional}. A list property has adders too, such as {@code addPredecessor(...)},
   * for one element or several, and {@code addAllPredecessors(Iterable)}; {@code
   * predecessors(Iterable)} replaces the whole list. {@code putUnknownProperty(String, RawJson)}
   * keeps a property a reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code Council}, and {@code
   * build()} returns the {@code Council}, or throws {@link IllegalStateException} naming each
   * required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableCouncil.Builder {
    Builder() {}
  }
}
