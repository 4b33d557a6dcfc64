package org.productivityplan.validation.internal.rules;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.productivityplan.validation.Rule;

/**
 * The built-in profile {@code dluhc-2024}: every rule of the guidance specification's catalogue,
 * and PP007, in one list sorted by id.
 *
 * <p><b>Pointers.</b> Every finding carries the JSON Pointer (JSON names are the model's accessor
 * names) of the element concerned, by one convention:
 *
 * <ul>
 *   <li>a value that is present but wrong is reported at the value itself, such as {@code
 *       /projects/0/kpiIds/1} or {@code /submission/date};
 *   <li>something missing is reported at its <em>nearest existing parent</em> in the document: a
 *       missing field at the object that lacks it ({@code /context} when the context lacks its
 *       financial position, {@code /projects/2} when a project has no milestone), a missing kind of
 *       list element at the list when the list has other elements ({@code /projects} when no
 *       project is completed), and at the whole plan ({@code ""}) when the list is empty, since an
 *       empty list is not written;
 *   <li>a text that is present but blank counts as missing, and is reported at itself;
 *   <li>a shortfall of the plan as a whole, which could be made good in more than one place (a
 *       theme is addressed by a narrative or by projects), is reported at {@code ""}.
 * </ul>
 *
 * <p><b>Messages</b> are English templates ({@code {0}} placeholders, quotes kept as written)
 * whose arguments are all strings (ids, names, dates and amounts already in their canonical text),
 * so formatting them does not depend on the locale.
 *
 * <p><b>Today.</b> PP154 needs the validation date. {@link #all()} takes it from the system clock
 * in the default time zone; {@link #all(Clock)} takes it from a given clock, for repeatable
 * validation and for tests.
 *
 * <p>Every rule is immutable and thread-safe, and so are the lists returned.
 */
public final class Dluhc2024Rules {

  /** The profile's id. */
  public static final String PROFILE = "dluhc-2024";

  private static final List<Rule> ALL = all(Clock.systemDefaultZone());

  private Dluhc2024Rules() {}

  /**
   * Returns the profile's rules, sorted by id, with "today" from the system clock.
   *
   * @return the rules
   */
  public static List<Rule> all() {
    return ALL;
  }

  /**
   * Returns the profile's rules, sorted by id, with "today" from the given clock.
   *
   * @param clock where the rules that depend on the date (PP154) take "today" from
   * @return the rules
   */
  public static List<Rule> all(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return List.of(
        new CouncilIdentified(),
        new UniqueIds(),
        new ReferencesResolve(),
        new DatesCoherent(),
        new AmountsInRange(),
        new RequiredTextNotBlank(),
        new TransformingServicesAddressed(),
        new TechnologyAndDataAddressed(),
        new WastefulSpendAddressed(),
        new BarriersAddressed(),
        new CompletedWorkDescribed(),
        new CurrentPlansDescribed(),
        new ProjectMilestonesDated(),
        new ProjectBenefitsStated(),
        new ProductivityMeasurementDescribed(),
        new TechnologyInitiativeDescribed(),
        new ConsultancySpendReported(),
        new AgencySpendReported(),
        new EdiSpendReported(),
        new FacilityTimeReported(),
        new SpendReductionStated(),
        new BarrierAsksStated(),
        new MonitoringDescribed(),
        new KpisPresent(),
        new KpiBaselineAndTarget(),
        new ProjectsMeasurable(),
        new ProgressUpdateRecorded(clock),
        new EndorsementRecorded(),
        new EndorsementDateOrdered(),
        new SubmittedByDeadline(),
        new PublicationAddressGiven(),
        new PageCountInRange(),
        new FinancialContextStated(),
        new ProjectsTraceToCouncilPlan(),
        new AssuranceDescribed());
  }
}
