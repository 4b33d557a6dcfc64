package org.productivityplan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A piece of transformation work: a project or programme, completed, in progress or planned.
 *
 * <p>Theme 1 asks what was done and what is planned; theme 2 asks for data and technology
 * initiatives, which are projects with the theme {@link Theme#TECHNOLOGY_AND_DATA}.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withId(...)}, or with several changed
 * through {@code TransformationProject.builder().from(value)}.
 */
@Value.Immutable
public abstract class TransformationProject implements Extensible, WithTransformationProject {

  TransformationProject() {}

  /**
   * Returns the project's id, unique within the plan.
   *
   * @return the value
   */
  @NotBlank
  public abstract String id();
  /**
   * Returns the project's name.
   *
   * @return the value
   */
  @NotBlank
  public abstract String name();
  /**
   * Returns what the project is and does.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> description();
  /**
   * Returns whether the project is completed, in progress or planned.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<ProjectStatus> status();
  /**
   * Returns the guidance themes the project answers.
   *
   * @return the list, empty when none
   */
  public abstract List<Theme> themes();
  /**
   * Returns the service area, such as "Adult social care".
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> serviceArea();
  /**
   * Returns the id of the programme this project belongs to.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> parentId();
  /**
   * Returns when the project runs.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<DateRange> period();
  /**
   * Returns the project's implementation milestones.
   *
   * @return the list, empty when none
   */
  public abstract List<@Valid Milestone> milestones();
  /**
   * Returns the organisations the council works with on it.
   *
   * @return the list, empty when none
   */
  public abstract List<String> partners();
  /**
   * Returns the savings targeted, projected or achieved.
   *
   * @return the list, empty when none
   */
  public abstract List<@Valid Saving> savings();
  /**
   * Returns the measured outcomes, targeted or achieved.
   *
   * @return the list, empty when none
   */
  public abstract List<@Valid MeasuredOutcome> outcomes();
  /**
   * Returns the ids of the KPIs that measure it.
   *
   * @return the list, empty when none
   */
  public abstract List<String> kpiIds();
  /**
   * Returns the ids of the council-plan outcomes it serves.
   *
   * @return the list, empty when none
   */
  public abstract List<String> councilPlanOutcomeIds();

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
   * Builds a {@link TransformationProject}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link
   * TransformationProject}, where each is documented, such as {@code id(String)}; an optional
   * property's method also takes an {@code Optional}. A list property has adders too, such as
   * {@code addTheme(...)}, for one element or several, and {@code addAllThemes(Iterable)}; {@code
   * themes(Iterable)} replaces the whole list. {@code putUnknownProperty(String, RawJson)} keeps a
   * property a reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code TransformationProject}, and
   * {@code build()} returns the {@code TransformationProject}, or throws {@link
   * IllegalStateException} naming each required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableTransformationProject.Builder {
    Builder() {}
  }
}
