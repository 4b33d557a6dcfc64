package org.productivityplan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A council's productivity plan: the root of the model.
 *
 * <p>Only the {@link #council()} (with its name) and the {@link #title()} are required, so an
 * incomplete draft can always be held; what the 2024 guidance asks for is checked by the rule
 * engine of {@code plan-validation}.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}. Copy one with a property changed
 * through that property's {@code with} method, such as {@code withCouncil(...)}, or with several
 * changed through {@code ProductivityPlan.builder().from(value)}.
 */
@Value.Immutable
public abstract class ProductivityPlan implements Extensible, WithProductivityPlan {

  ProductivityPlan() {}

  /**
   * Returns the version of the JSON format the plan was read from or will be written in; {@link SchemaVersion#CURRENT} unless set.
   *
   * @return the value
   */
  @Value.Default
  public SchemaVersion schemaVersion() {
    return SchemaVersion.CURRENT;
  }
  /**
   * Returns the council whose plan this is.
   *
   * @return the value
   */
  @Valid
  public abstract Council council();
  /**
   * Returns the plan's title, such as "Productivity Plan".
   *
   * @return the value
   */
  @NotBlank
  public abstract String title();
  /**
   * Returns the date the document bears, such as July 2024.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<PartialDate> planDate();
  /**
   * Returns where the plan stands in its lifecycle; empty when the record does not say, which is
   * not the same as a draft.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<PlanStatus> status();
  /**
   * Returns where this record of the plan was taken from: the published document's title or address.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> source();
  /**
   * Returns what the plan is, why it exists, its scope and objective.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> introduction();
  /**
   * Returns the themes this record did not assess, because its source did not cover them (a
   * partial copy, an unreadable page): rules on those themes report "not assessed" rather than a
   * shortfall.
   *
   * @return the list, empty when the record covers every theme
   */
  public abstract List<Theme> notAssessed();
  /**
   * Returns what the record says of its coverage: which pages or sections of the source it did not
   * cover, and why.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<String> coverageNote();
  /**
   * Returns the plan's own summary of its answer to each theme, by theme.
   *
   * @return the map, empty when none
   */
  public abstract Map<Theme, String> narratives();
  /**
   * Returns the council's context: finances, productivity, assurance.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid CouncilContext> context();
  /**
   * Returns the council plan that projects trace to (the "golden thread"), when attached.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid CouncilPlan> councilPlan();
  /**
   * Returns the transformation projects, completed, in progress and planned.
   *
   * @return the list, empty when none
   */
  public abstract List<@Valid TransformationProject> projects();
  /**
   * Returns the lines of specified spend: consultants, agency staff, EDI, facility time and others.
   *
   * @return the list, empty when none
   */
  public abstract List<@Valid SpecifiedSpend> specifiedSpend();
  /**
   * Returns the barriers government could help to reduce or remove.
   *
   * @return the list, empty when none
   */
  public abstract List<@Valid Barrier> barriers();
  /**
   * Returns the key performance indicators by which progress is measured.
   *
   * @return the list, empty when none
   */
  public abstract List<@Valid Kpi> kpis();
  /**
   * Returns who oversees delivery of the plan, and how often.
   *
   * @return the list, empty when none
   */
  public abstract List<@Valid MonitoringArrangement> monitoringArrangements();
  /**
   * Returns the progress updates published since the plan.
   *
   * @return the list, empty when none
   */
  public abstract List<@Valid ProgressUpdate> progressUpdates();
  /**
   * Returns the document's revision history, ownership and length.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid DocumentControl> documentControl();
  /**
   * Returns the member endorsement of the plan.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid Endorsement> endorsement();
  /**
   * Returns the plan's submission to the department.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid Submission> submission();
  /**
   * Returns where and when the council published the plan.
   *
   * @return the value, or empty when not stated
   */
  public abstract Optional<@Valid Publication> publication();

  /**
   * Returns the plan's status, or {@link PlanStatus#DRAFT} when none is stated. Rules that must
   * tell "not stated" from "draft" use {@link #status()}.
   *
   * @return the stated status, or draft
   */
  public final PlanStatus statusOrDraft() {
    return status().orElse(PlanStatus.DRAFT);
  }

  /**
   * Returns the plan's narrative for a theme, if it has one.
   *
   * @param theme the theme
   * @return the narrative, or empty
   */
  public final Optional<String> narrative(Theme theme) {
    return Optional.ofNullable(narratives().get(theme));
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
   * Builds a {@link ProductivityPlan}. Not thread-safe; use one builder per thread.
   *
   * <p>It has a method for each property, named as the property's accessor in {@link
   * ProductivityPlan}, where each is documented, such as {@code council(Council)}; an optional
   * property's method also takes an {@code Optional}. A list property has adders too, such as
   * {@code addProject(...)}, for one element or several, and {@code addAllProjects(Iterable)};
   * {@code projects(Iterable)} replaces the whole list. A map property also has {@code
   * putNarrative(key, value)}. {@code putUnknownProperty(String, RawJson)} keeps a property a
   * reader did not know.
   *
   * <p>{@code from(value)} sets every property from an existing {@code ProductivityPlan}, and
   * {@code build()} returns the {@code ProductivityPlan}, or throws {@link IllegalStateException}
   * naming each required property not set. No method takes null.
   */
  public static final class Builder extends ImmutableProductivityPlan.Builder {
    Builder() {}
  }
}
