package org.productivityplan.validation.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.CouncilContext;
import org.productivityplan.model.DateRange;
import org.productivityplan.model.KeyFigure;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.KpiValue;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Revision;
import org.productivityplan.model.Severity;
import org.productivityplan.model.TransformationProject;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.Rule;
import org.productivityplan.validation.RuleCategory;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.RuleInfo;

/**
 * PP004: dates and periods are coherent.
 *
 * <p>Every {@link DateRange} of the plan must not start after it ends: a project's period, the
 * periods of a KPI's baseline, target and measurements, the periods of the context's key figures
 * and the council plan's period. A start and an end given to different precisions are compared
 * generously ({@code 2024-08} is not after {@code 2024}). The revisions of the document control
 * are, by the model's definition, oldest first, so a revision dated before the one listed above it
 * is reported too.
 *
 * <p>The catalogue's other half, "financial years are {@code YYYY/YY} with consecutive years", is
 * enforced by the {@code FinancialYear} type itself, which cannot hold {@code 2023/25}, and by the
 * reader, which reports such text where it reads it; there is nothing left for this rule to see.
 * The ordering of endorsement, submission and publication is PP161's.
 *
 * <p>Stateless, immutable and thread-safe.
 */
final class DatesCoherent implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("PP004")
          .name("dates-coherent")
          .summary(
              "Dates and periods are coherent: no period starts after it ends, and revisions are"
                  + " listed in date order.")
          .category(RuleCategory.INTEGRITY)
          .defaultSeverity(Severity.ERROR)
          .guidance("Integrity of the record itself: a plan must not contradict itself")
          .rationale(
              "A period that ends before it starts cannot be placed on a timeline, so milestones, "
                  + "KPI values and savings tied to it cannot be read.")
          .build();

  private static final String MESSAGE = "Period {0} starts after it ends";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ProductivityPlan plan, RuleContext context) {
    // Each pointer is built only for an incoherent period.
    List<TransformationProject> projects = plan.projects();
    for (int p = 0; p < projects.size(); p++) {
      Optional<DateRange> period = projects.get(p).period();
      if (isIncoherent(period)) {
        report(period, JsonPointer.of("projects", p, "period"), context);
      }
    }
    List<Kpi> kpis = plan.kpis();
    for (int k = 0; k < kpis.size(); k++) {
      Kpi kpi = kpis.get(k);
      value(kpi.baseline(), k, "baseline", context);
      value(kpi.target(), k, "target", context);
      List<KpiValue> measurements = kpi.measurements();
      for (int m = 0; m < measurements.size(); m++) {
        Optional<DateRange> period = measurements.get(m).period();
        if (isIncoherent(period)) {
          report(period, JsonPointer.of("kpis", k, "measurements", m, "period"), context);
        }
      }
    }
    if (plan.context().isPresent()) {
      CouncilContext councilContext = plan.context().get();
      List<KeyFigure> figures = councilContext.keyFigures();
      for (int f = 0; f < figures.size(); f++) {
        Optional<DateRange> period = figures.get(f).period();
        if (isIncoherent(period)) {
          report(period, JsonPointer.of("context", "keyFigures", f, "period"), context);
        }
      }
    }
    plan.councilPlan()
        .filter(cp -> isIncoherent(cp.period()))
        .ifPresent(cp -> report(cp.period(), JsonPointer.of("councilPlan", "period"), context));
    plan.documentControl().ifPresent(dc -> revisions(dc.revisions(), context));
  }

  private static void value(
      Optional<KpiValue> value, int kpi, String property, RuleContext context) {
    if (value.isPresent() && isIncoherent(value.get().period())) {
      report(value.get().period(), JsonPointer.of("kpis", kpi, property, "period"), context);
    }
  }

  private static boolean isIncoherent(Optional<DateRange> range) {
    return range.isPresent() && !range.get().isCoherent();
  }

  private static void report(Optional<DateRange> range, String pointer, RuleContext context) {
    context.report(pointer, MESSAGE, range.orElseThrow().toString());
  }

  private static void revisions(List<Revision> revisions, RuleContext context) {
    @Nullable LocalDate latest = null;
    @Nullable String latestVersion = null;
    for (int r = 0; r < revisions.size(); r++) {
      Revision revision = revisions.get(r);
      if (revision.date().isEmpty()) {
        continue;
      }
      LocalDate date = revision.date().get();
      if (latest != null && date.isBefore(latest)) {
        context.report(
            JsonPointer.of("documentControl", "revisions", r, "date"),
            "Revision '{0}' is dated {1}, before revision '{2}' of {3} listed above it",
            revision.version(),
            date.toString(),
            latestVersion,
            latest.toString());
      } else {
        latest = date;
        latestVersion = revision.version();
      }
    }
  }
}
