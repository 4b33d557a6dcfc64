package org.productivityplan.analysis;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.productivityplan.model.Coded;
import org.productivityplan.model.Money;

/**
 * One difference between two versions of a plan: an element added, removed, renamed, or one of
 * its fields changed.
 *
 * <p>Values are given as text, the way the plan's JSON writes them: codes for enumerations
 * ({@code inProgress}), {@code GBP 1200000} for money, {@code 2024-11} for a partial date, {@code
 * 2024-04/2024-06} for a period, a list as {@code [a, b]}. A change of money also gives the
 * difference in pounds and, when the older amount is not zero, in per cent.
 *
 * @param kind added, removed, renamed or changed
 * @param element what kind of element
 * @param id the element's id in the older version (in the newer one for an addition); for elements
 *     without an id, what identifies them (see {@link Element}); empty for the plan itself
 * @param parentId the id of the element that holds this one: a milestone's project, a KPI
 *     measurement's KPI, an ask's barrier
 * @param field for a change, the field, as a JSON Pointer relative to the element without the
 *     leading slash ({@code amount}, {@code reductionTarget/amount}, {@code savings/0/amount}); for
 *     a rename, {@code id}
 * @param oldValue the older value, empty when the field was absent; for a removal, what names the
 *     element (its name, title, description, summary, reason or value, the first it has; an ask's
 *     text), if anything does
 * @param newValue the newer value, empty when the field is now absent; for an addition, what names
 *     the element, as for a removal
 * @param event what the change means, when it is one the reader looks for
 * @param difference for money, the newer amount less the older
 * @param percent for money, the difference as a per cent of the older amount, to one decimal place
 */
public record Change(
    Kind kind,
    Element element,
    String id,
    Optional<String> parentId,
    Optional<String> field,
    Optional<String> oldValue,
    Optional<String> newValue,
    Optional<Event> event,
    Optional<Money> difference,
    Optional<BigDecimal> percent) {

  /** Checks that no component is null. */
  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(parentId, "parentId");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(oldValue, "oldValue");
    Objects.requireNonNull(newValue, "newValue");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(difference, "difference");
    Objects.requireNonNull(percent, "percent");
  }

  /** What happened to the element. */
  public enum Kind implements Coded {
    /** In the newer version only. */
    ADDED,
    /** In the older version only. */
    REMOVED,
    /** In both, with another id and otherwise the same content. */
    RENAMED,
    /** In both, with a field changed. */
    CHANGED;

    private final String code = Coded.toCode(name());

    @Override
    public String code() {
      return code;
    }
  }

  /**
   * The kinds of element compared. Elements with an id are matched by it; the others by what
   * identifies them in the plan: a monitoring arrangement by its forum, an assurance activity by
   * its description, a revision by its version, a progress update by its date, a KPI measurement by
   * its period, an ask by its text.
   */
  public enum Element implements Coded {
    /** The plan's own fields: title, status, narratives, context, endorsement... */
    PLAN("plan"),
    /** A transformation project, by id. */
    PROJECT("project"),
    /** A project's milestone, by id within its project. */
    MILESTONE("milestone"),
    /** A line of specified spend, by id. */
    SPEND_LINE("spend line"),
    /** A barrier, by id. */
    BARRIER("barrier"),
    /** One of a barrier's asks of government, by its text. */
    ASK("ask"),
    /** A KPI, by id; its baseline and target are its fields. */
    KPI("KPI"),
    /** One of a KPI's measurements, by its period. */
    KPI_MEASUREMENT("KPI measurement"),
    /** A monitoring arrangement, by its forum. */
    MONITORING_ARRANGEMENT("monitoring arrangement"),
    /** An assurance activity, by its description. */
    ASSURANCE_ACTIVITY("assurance activity"),
    /** A revision in the document control, by its version. */
    REVISION("revision"),
    /** A progress update, by its date. */
    PROGRESS_UPDATE("progress update");

    private final String code = Coded.toCode(name());
    private final String label;

    Element(String label) {
      this.label = label;
    }

    @Override
    public String code() {
      return code;
    }

    /**
     * Returns the name of the kind for people, such as {@code spend line}.
     *
     * @return the name
     */
    public String label() {
      return label;
    }
  }

  /** The changes a reader looks for, named as such. */
  public enum Event implements Coded {
    /** The plan's status changed, such as from draft to published. */
    PLAN_STATUS("plan status changed"),
    /** The plan's endorsement changed: its body, its date or its note. */
    ENDORSEMENT("endorsement changed"),
    /** A project's status changed, such as from in progress to completed. */
    PROJECT_STATUS("project status changed"),
    /** A milestone is now achieved. */
    MILESTONE_ACHIEVED("milestone achieved"),
    /** A milestone's status changed, other than to achieved. */
    MILESTONE_STATUS("milestone status changed"),
    /** A milestone's due date moved later. */
    MILESTONE_SLIPPED("milestone slipped"),
    /** A milestone's due date moved earlier. */
    MILESTONE_BROUGHT_FORWARD("milestone brought forward"),
    /** An amount of money changed. */
    MONEY("money changed");

    private final String code = Coded.toCode(name());
    private final String label;

    Event(String label) {
      this.label = label;
    }

    @Override
    public String code() {
      return code;
    }

    /**
     * Returns the event for people, such as {@code milestone slipped}.
     *
     * @return the text
     */
    public String label() {
      return label;
    }
  }
}
