package org.productivityplan.io.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.*;

/**
 * The descriptors of format 1.0: one {@link ObjectCodec} per object type of the model, listing its
 * properties in the model's order. Reading, writing and the JSON Schema are all driven from here.
 *
 * <p>One codec line per accessor of the model, named as the accessor and in the order the model's
 * Java source declares them (the JSON property order). The model's sources are the one
 * hand-edited source of its shape; {@code ModelCoverageTest} fails when a line is missing, extra,
 * out of order or of the wrong kind, so the two cannot drift apart silently.
 */
final class Model {

  private Model() {}

  /**
   * Defers to a codec defined later (or to the one being defined: a council's predecessors). The
   * codec is looked up once, when first read with: by then every codec is defined.
   */
  static <T> Codec<T> ref(Supplier<Codec<T>> target) {
    return new Codec<>() {
      // Set by the first read; a thread that sees null looks the same codec up again.
      private @Nullable Codec<T> resolved;

      @Override
      public @Nullable T read(Reading r) throws java.io.IOException {
        Codec<T> c = resolved;
        if (c == null) {
          c = target.get();
          resolved = c;
        }
        return c.read(r);
      }

      @Override
      public Node encode(T value) {
        return target.get().encode(value);
      }

      @Override
      public Node schema(SchemaDefs defs) {
        return target.get().schema(defs);
      }

      @Override
      public String expected() {
        return target.get().expected();
      }
    };
  }

  static final Codec<PlanStatus> PLAN_STATUS_CODES = Codecs.codes(PlanStatus.class, "a plan status");
  static final Codec<Theme> THEME_CODES = Codecs.codes(Theme.class, "a theme");
  static final Codec<ProjectStatus> PROJECT_STATUS_CODES = Codecs.codes(ProjectStatus.class, "a project status");
  static final Codec<MilestoneStatus> MILESTONE_STATUS_CODES = Codecs.codes(MilestoneStatus.class, "a milestone status");
  static final Codec<BenefitBasis> BENEFIT_BASIS_CODES = Codecs.codes(BenefitBasis.class, "a benefit basis");
  static final Codec<SpendCategory> SPEND_CATEGORY_CODES = Codecs.codes(SpendCategory.class, "a spend category");
  static final Codec<BarrierCategory> BARRIER_CATEGORY_CODES = Codecs.codes(BarrierCategory.class, "a barrier category");
  static final Codec<KpiDirection> KPI_DIRECTION_CODES = Codecs.codes(KpiDirection.class, "a KPI direction");
  static final Codec<KpiSourceKind> KPI_SOURCE_KIND_CODES = Codecs.codes(KpiSourceKind.class, "a KPI source kind");
  static final Codec<ForumKind> FORUM_KIND_CODES = Codecs.codes(ForumKind.class, "a forum kind");
  static final Codec<Frequency> FREQUENCY_CODES = Codecs.codes(Frequency.class, "a frequency");
  static final Codec<Endorser> ENDORSER_CODES = Codecs.codes(Endorser.class, "an endorser");
  static final Codec<AssuranceKind> ASSURANCE_KIND_CODES = Codecs.codes(AssuranceKind.class, "an assurance kind");

  static final ObjectCodec<ProductivityPlan, ProductivityPlan.Builder> PRODUCTIVITY_PLAN =
      new ObjectCodec<>(
          "ProductivityPlan",
          "A council's productivity plan: the root of the model. Only the council (with its name) and the title are required, so an incomplete draft can always be held; what the 2024 guidance asks for is checked by the rule engine of plan-validation.",
          ProductivityPlan::builder,
          ProductivityPlan.Builder::build,
          ProductivityPlan.Builder::unknownProperties,
          List.of(
              Field.<ProductivityPlan, ProductivityPlan.Builder, SchemaVersion>always("schemaVersion", Codecs.SCHEMA_VERSION, ProductivityPlan::schemaVersion, ProductivityPlan.Builder::schemaVersion, "The version of the format the document is written in: \"1.0\" for this format; a 1.x reader reads every 1.y."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, Council>req("council", ref(() -> Model.COUNCIL), ProductivityPlan::council, ProductivityPlan.Builder::council, "The council whose plan this is."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, String>req("title", Codecs.STRING, ProductivityPlan::title, ProductivityPlan.Builder::title, "The plan's title, such as \"Productivity Plan\"."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, PartialDate>opt("planDate", Codecs.PARTIAL_DATE, ProductivityPlan::planDate, ProductivityPlan.Builder::planDate, "The date the document bears, such as July 2024."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, PlanStatus>opt("status", PLAN_STATUS_CODES, ProductivityPlan::status, ProductivityPlan.Builder::status, "Where the plan stands in its lifecycle; absent when the record does not say, which is not the same as a draft."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, String>opt("source", Codecs.STRING, ProductivityPlan::source, ProductivityPlan.Builder::source, "Where this record of the plan was taken from: the published document's title or address."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, String>opt("introduction", Codecs.STRING, ProductivityPlan::introduction, ProductivityPlan.Builder::introduction, "What the plan is, why it exists, its scope and objective."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, Theme>list("notAssessed", THEME_CODES, ProductivityPlan::notAssessed, ProductivityPlan.Builder::addNotAssessed, "The themes this record did not assess, because its source did not cover them."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, String>opt("coverageNote", Codecs.STRING, ProductivityPlan::coverageNote, ProductivityPlan.Builder::coverageNote, "Which pages or sections of the source the record did not cover, and why."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, Theme, String>map("narratives", Theme.class, Codecs.STRING, ProductivityPlan::narratives, ProductivityPlan.Builder::narratives, "The plan's own summary of its answer to each theme, by theme."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, CouncilContext>opt("context", ref(() -> Model.COUNCIL_CONTEXT), ProductivityPlan::context, ProductivityPlan.Builder::context, "The council's context: finances, productivity, assurance."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, CouncilPlan>opt("councilPlan", ref(() -> Model.COUNCIL_PLAN), ProductivityPlan::councilPlan, ProductivityPlan.Builder::councilPlan, "The council plan that projects trace to (the \"golden thread\"), when attached."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, TransformationProject>list("projects", ref(() -> Model.TRANSFORMATION_PROJECT), ProductivityPlan::projects, ProductivityPlan.Builder::addProject, "The transformation projects, completed, in progress and planned."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, SpecifiedSpend>list("specifiedSpend", ref(() -> Model.SPECIFIED_SPEND), ProductivityPlan::specifiedSpend, ProductivityPlan.Builder::addSpecifiedSpend, "The lines of specified spend: consultants, agency staff, EDI, facility time and others."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, Barrier>list("barriers", ref(() -> Model.BARRIER), ProductivityPlan::barriers, ProductivityPlan.Builder::addBarrier, "The barriers government could help to reduce or remove."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, Kpi>list("kpis", ref(() -> Model.KPI), ProductivityPlan::kpis, ProductivityPlan.Builder::addKpi, "The key performance indicators by which progress is measured."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, MonitoringArrangement>list("monitoringArrangements", ref(() -> Model.MONITORING_ARRANGEMENT), ProductivityPlan::monitoringArrangements, ProductivityPlan.Builder::addMonitoringArrangement, "Who oversees delivery of the plan, and how often."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, ProgressUpdate>list("progressUpdates", ref(() -> Model.PROGRESS_UPDATE), ProductivityPlan::progressUpdates, ProductivityPlan.Builder::addProgressUpdate, "The progress updates published since the plan."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, DocumentControl>opt("documentControl", ref(() -> Model.DOCUMENT_CONTROL), ProductivityPlan::documentControl, ProductivityPlan.Builder::documentControl, "The document's revision history, ownership and length."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, Endorsement>opt("endorsement", ref(() -> Model.ENDORSEMENT), ProductivityPlan::endorsement, ProductivityPlan.Builder::endorsement, "The member endorsement of the plan."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, Submission>opt("submission", ref(() -> Model.SUBMISSION), ProductivityPlan::submission, ProductivityPlan.Builder::submission, "The plan's submission to the department."),
              Field.<ProductivityPlan, ProductivityPlan.Builder, Publication>opt("publication", ref(() -> Model.PUBLICATION), ProductivityPlan::publication, ProductivityPlan.Builder::publication, "Where and when the council published the plan.")));

  static final ObjectCodec<Council, Council.Builder> COUNCIL =
      new ObjectCodec<>(
          "Council",
          "An English council, identified by its name and its GSS code from the ONS register. The council's tier (type) is read from the code's prefix, so the two can never disagree.",
          Council::builder,
          Council.Builder::build,
          Council.Builder::unknownProperties,
          List.of(
              Field.<Council, Council.Builder, String>req("name", Codecs.STRING, Council::name, Council.Builder::name, "The council's name, such as \"Somerset Council\"."),
              Field.<Council, Council.Builder, String>opt("gssCode", Codecs.STRING, Council::gssCode, Council.Builder::gssCode, "The nine-character GSS code, such as E06000066; the rule engine checks its form (rule PP001)."),
              Field.<Council, Council.Builder, PartialDate>opt("formed", Codecs.PARTIAL_DATE, Council::formed, Council.Builder::formed, "When the council came into being, for a council formed by reorganisation."),
              Field.<Council, Council.Builder, Council>list("predecessors", ref(() -> Model.COUNCIL), Council::predecessors, Council.Builder::addPredecessor, "The councils this one replaced (Somerset Council replaced five).")));

  static final ObjectCodec<CouncilContext, CouncilContext.Builder> COUNCIL_CONTEXT =
      new ObjectCodec<>(
          "CouncilContext",
          "The council's context, which Somerset's scrutiny paper asks a plan to give a lay reader: its financial position and reserves, whether it has a Housing Revenue Account, how it understands and measures productivity, its strategic planning framework and its assurance.",
          CouncilContext::builder,
          CouncilContext.Builder::build,
          CouncilContext.Builder::unknownProperties,
          List.of(
              Field.<CouncilContext, CouncilContext.Builder, String>opt("financialPosition", Codecs.STRING, CouncilContext::financialPosition, CouncilContext.Builder::financialPosition, "The council's financial position, in words."),
              Field.<CouncilContext, CouncilContext.Builder, Money>opt("reserves", Codecs.MONEY, CouncilContext::reserves, CouncilContext.Builder::reserves, "The council's reserves, where a figure is given."),
              Field.<CouncilContext, CouncilContext.Builder, String>opt("reservesNarrative", Codecs.STRING, CouncilContext::reservesNarrative, CouncilContext.Builder::reservesNarrative, "What the plan says of its reserves."),
              Field.<CouncilContext, CouncilContext.Builder, Boolean>opt("hasHousingRevenueAccount", Codecs.BOOLEAN, CouncilContext::hasHousingRevenueAccount, CouncilContext.Builder::hasHousingRevenueAccount, "Whether the council has a Housing Revenue Account; empty when not stated."),
              Field.<CouncilContext, CouncilContext.Builder, String>opt("productivityUnderstanding", Codecs.STRING, CouncilContext::productivityUnderstanding, CouncilContext.Builder::productivityUnderstanding, "How the council understands and approaches productivity."),
              Field.<CouncilContext, CouncilContext.Builder, String>opt("productivityMeasurement", Codecs.STRING, CouncilContext::productivityMeasurement, CouncilContext.Builder::productivityMeasurement, "How the council measures productivity (rule PP114)."),
              Field.<CouncilContext, CouncilContext.Builder, String>opt("strategicFramework", Codecs.STRING, CouncilContext::strategicFramework, CouncilContext.Builder::strategicFramework, "The strategic planning framework: the golden thread from council plan to service plans."),
              Field.<CouncilContext, CouncilContext.Builder, AssuranceActivity>list("assuranceActivities", ref(() -> Model.ASSURANCE_ACTIVITY), CouncilContext::assuranceActivities, CouncilContext.Builder::addAssuranceActivity, "The assurance the council cites: peer challenges, scrutiny, audit, inspection."),
              Field.<CouncilContext, CouncilContext.Builder, KeyFigure>list("keyFigures", ref(() -> Model.KEY_FIGURE), CouncilContext::keyFigures, CouncilContext.Builder::addKeyFigure, "Other figures the plan gives for context, such as capital spend or funding lost.")));

  static final ObjectCodec<AssuranceActivity, AssuranceActivity.Builder> ASSURANCE_ACTIVITY =
      new ObjectCodec<>(
          "AssuranceActivity",
          "A piece of assurance a council cites: a peer challenge, a scrutiny review, an audit or an inspection.",
          AssuranceActivity::builder,
          AssuranceActivity.Builder::build,
          AssuranceActivity.Builder::unknownProperties,
          List.of(
              Field.<AssuranceActivity, AssuranceActivity.Builder, String>req("description", Codecs.STRING, AssuranceActivity::description, AssuranceActivity.Builder::description, "What the activity was or is."),
              Field.<AssuranceActivity, AssuranceActivity.Builder, AssuranceKind>opt("kind", ASSURANCE_KIND_CODES, AssuranceActivity::kind, AssuranceActivity.Builder::kind, "What kind of assurance it is."),
              Field.<AssuranceActivity, AssuranceActivity.Builder, String>opt("body", Codecs.STRING, AssuranceActivity::body, AssuranceActivity.Builder::body, "Who carries it out, such as \"Local Government Association\"."),
              Field.<AssuranceActivity, AssuranceActivity.Builder, PartialDate>opt("date", Codecs.PARTIAL_DATE, AssuranceActivity::date, AssuranceActivity.Builder::date, "When it took or will take place."),
              Field.<AssuranceActivity, AssuranceActivity.Builder, Frequency>opt("frequency", FREQUENCY_CODES, AssuranceActivity::frequency, AssuranceActivity.Builder::frequency, "How often it recurs, for a regular activity."),
              Field.<AssuranceActivity, AssuranceActivity.Builder, String>opt("conclusion", Codecs.STRING, AssuranceActivity::conclusion, AssuranceActivity.Builder::conclusion, "What it found, where the plan says.")));

  static final ObjectCodec<KeyFigure, KeyFigure.Builder> KEY_FIGURE =
      new ObjectCodec<>(
          "KeyFigure",
          "A figure a plan gives for context, outside any project or spend line.",
          KeyFigure::builder,
          KeyFigure.Builder::build,
          KeyFigure.Builder::unknownProperties,
          List.of(
              Field.<KeyFigure, KeyFigure.Builder, String>req("description", Codecs.STRING, KeyFigure::description, KeyFigure.Builder::description, "What the figure is."),
              Field.<KeyFigure, KeyFigure.Builder, Money>opt("amount", Codecs.MONEY, KeyFigure::amount, KeyFigure.Builder::amount, "The amount of money, if the figure is one."),
              Field.<KeyFigure, KeyFigure.Builder, Measure>opt("measure", ref(() -> Model.MEASURE), KeyFigure::measure, KeyFigure.Builder::measure, "The quantity, if the figure is not money."),
              Field.<KeyFigure, KeyFigure.Builder, FinancialYear>opt("financialYear", Codecs.FINANCIAL_YEAR, KeyFigure::financialYear, KeyFigure.Builder::financialYear, "The financial year the figure belongs to."),
              Field.<KeyFigure, KeyFigure.Builder, DateRange>opt("period", Codecs.DATE_RANGE, KeyFigure::period, KeyFigure.Builder::period, "The period the figure covers, when not one financial year.")));

  static final ObjectCodec<Measure, Measure.Builder> MEASURE =
      new ObjectCodec<>(
          "Measure",
          "A quantity with its unit, possibly a range (\"30-40%\") or approximate (\"nearly 20%\").",
          Measure::builder,
          Measure.Builder::build,
          Measure.Builder::unknownProperties,
          List.of(
              Field.<Measure, Measure.Builder, BigDecimal>req("value", Codecs.DECIMAL, Measure::value, Measure.Builder::value, "The value, or the lower end of a range."),
              Field.<Measure, Measure.Builder, BigDecimal>opt("upTo", Codecs.DECIMAL, Measure::upTo, Measure.Builder::upTo, "The upper end, when the quantity is a range."),
              Field.<Measure, Measure.Builder, String>req("unit", Codecs.STRING, Measure::unit, Measure.Builder::unit, "The unit, such as \"%\" or \"people per year\"."),
              Field.<Measure, Measure.Builder>flag("approximate", Measure::approximate, Measure.Builder::approximate, "Whether the plan gives the value as approximate (\"nearly\", \"circa\").")));

  static final ObjectCodec<TransformationProject, TransformationProject.Builder> TRANSFORMATION_PROJECT =
      new ObjectCodec<>(
          "TransformationProject",
          "A piece of transformation work: a project or programme, completed, in progress or planned. Theme 1 asks what was done and what is planned; theme 2 asks for data and technology initiatives, which are projects with the theme TECHNOLOGY_AND_DATA.",
          TransformationProject::builder,
          TransformationProject.Builder::build,
          TransformationProject.Builder::unknownProperties,
          List.of(
              Field.<TransformationProject, TransformationProject.Builder, String>req("id", Codecs.STRING, TransformationProject::id, TransformationProject.Builder::id, "The project's id, unique within the plan."),
              Field.<TransformationProject, TransformationProject.Builder, String>req("name", Codecs.STRING, TransformationProject::name, TransformationProject.Builder::name, "The project's name."),
              Field.<TransformationProject, TransformationProject.Builder, String>opt("description", Codecs.STRING, TransformationProject::description, TransformationProject.Builder::description, "What the project is and does."),
              Field.<TransformationProject, TransformationProject.Builder, ProjectStatus>opt("status", PROJECT_STATUS_CODES, TransformationProject::status, TransformationProject.Builder::status, "Whether the project is completed, in progress or planned."),
              Field.<TransformationProject, TransformationProject.Builder, Theme>list("themes", THEME_CODES, TransformationProject::themes, TransformationProject.Builder::addTheme, "The guidance themes the project answers."),
              Field.<TransformationProject, TransformationProject.Builder, String>opt("serviceArea", Codecs.STRING, TransformationProject::serviceArea, TransformationProject.Builder::serviceArea, "The service area, such as \"Adult social care\"."),
              Field.<TransformationProject, TransformationProject.Builder, String>opt("parentId", Codecs.STRING, TransformationProject::parentId, TransformationProject.Builder::parentId, "The id of the programme this project belongs to."),
              Field.<TransformationProject, TransformationProject.Builder, DateRange>opt("period", Codecs.DATE_RANGE, TransformationProject::period, TransformationProject.Builder::period, "When the project runs."),
              Field.<TransformationProject, TransformationProject.Builder, Milestone>list("milestones", ref(() -> Model.MILESTONE), TransformationProject::milestones, TransformationProject.Builder::addMilestone, "The project's implementation milestones."),
              Field.<TransformationProject, TransformationProject.Builder, String>list("partners", Codecs.STRING, TransformationProject::partners, TransformationProject.Builder::addPartner, "The organisations the council works with on it."),
              Field.<TransformationProject, TransformationProject.Builder, Saving>list("savings", ref(() -> Model.SAVING), TransformationProject::savings, TransformationProject.Builder::addSaving, "The savings targeted, projected or achieved."),
              Field.<TransformationProject, TransformationProject.Builder, MeasuredOutcome>list("outcomes", ref(() -> Model.MEASURED_OUTCOME), TransformationProject::outcomes, TransformationProject.Builder::addOutcome, "The measured outcomes, targeted or achieved."),
              Field.<TransformationProject, TransformationProject.Builder, String>list("kpiIds", Codecs.STRING, TransformationProject::kpiIds, TransformationProject.Builder::addKpiId, "The ids of the KPIs that measure it."),
              Field.<TransformationProject, TransformationProject.Builder, String>list("councilPlanOutcomeIds", Codecs.STRING, TransformationProject::councilPlanOutcomeIds, TransformationProject.Builder::addCouncilPlanOutcomeId, "The ids of the council-plan outcomes it serves.")));

  static final ObjectCodec<Milestone, Milestone.Builder> MILESTONE =
      new ObjectCodec<>(
          "Milestone",
          "A dated step in delivering a project (\"the new system will go live in August 2024\").",
          Milestone::builder,
          Milestone.Builder::build,
          Milestone.Builder::unknownProperties,
          List.of(
              Field.<Milestone, Milestone.Builder, String>req("id", Codecs.STRING, Milestone::id, Milestone.Builder::id, "The milestone's id, unique within the plan."),
              Field.<Milestone, Milestone.Builder, String>req("description", Codecs.STRING, Milestone::description, Milestone.Builder::description, "What is to happen."),
              Field.<Milestone, Milestone.Builder, PartialDate>opt("due", Codecs.PARTIAL_DATE, Milestone::due, Milestone.Builder::due, "When it is due, to the precision the plan gives."),
              Field.<Milestone, Milestone.Builder, MilestoneStatus>opt("status", MILESTONE_STATUS_CODES, Milestone::status, Milestone.Builder::status, "Where it stands.")));

  static final ObjectCodec<Saving, Saving.Builder> SAVING =
      new ObjectCodec<>(
          "Saving",
          "A saving of money: targeted, projected or achieved, one-off or per year, possibly a range (\"£40-50m\").",
          Saving::builder,
          Saving.Builder::build,
          Saving.Builder::unknownProperties,
          List.of(
              Field.<Saving, Saving.Builder, String>opt("description", Codecs.STRING, Saving::description, Saving.Builder::description, "What the saving is."),
              Field.<Saving, Saving.Builder, BenefitBasis>opt("basis", BENEFIT_BASIS_CODES, Saving::basis, Saving.Builder::basis, "Whether the saving is targeted, projected or achieved."),
              Field.<Saving, Saving.Builder, Money>opt("amount", Codecs.MONEY, Saving::amount, Saving.Builder::amount, "The amount, or the lower end of a range."),
              Field.<Saving, Saving.Builder, Money>opt("upTo", Codecs.MONEY, Saving::upTo, Saving.Builder::upTo, "The upper end, when the saving is a range."),
              Field.<Saving, Saving.Builder, Boolean>opt("recurring", Codecs.BOOLEAN, Saving::recurring, Saving.Builder::recurring, "True for a saving per year, false for a one-off; empty when not stated."),
              Field.<Saving, Saving.Builder, FinancialYear>opt("financialYear", Codecs.FINANCIAL_YEAR, Saving::financialYear, Saving.Builder::financialYear, "The financial year the saving falls in."),
              Field.<Saving, Saving.Builder, PartialDate>opt("from", Codecs.PARTIAL_DATE, Saving::from, Saving.Builder::from, "From when the saving runs."),
              Field.<Saving, Saving.Builder, PartialDate>opt("by", Codecs.PARTIAL_DATE, Saving::by, Saving.Builder::by, "By when the saving is to be made."),
              Field.<Saving, Saving.Builder>flag("approximate", Saving::approximate, Saving.Builder::approximate, "Whether the plan gives the amount as approximate.")));

  static final ObjectCodec<MeasuredOutcome, MeasuredOutcome.Builder> MEASURED_OUTCOME =
      new ObjectCodec<>(
          "MeasuredOutcome",
          "An effect of a project, in words and where given as a quantity (\"95 additional individuals annually\").",
          MeasuredOutcome::builder,
          MeasuredOutcome.Builder::build,
          MeasuredOutcome.Builder::unknownProperties,
          List.of(
              Field.<MeasuredOutcome, MeasuredOutcome.Builder, String>req("description", Codecs.STRING, MeasuredOutcome::description, MeasuredOutcome.Builder::description, "The outcome, in words."),
              Field.<MeasuredOutcome, MeasuredOutcome.Builder, Measure>opt("measure", ref(() -> Model.MEASURE), MeasuredOutcome::measure, MeasuredOutcome.Builder::measure, "The outcome as a quantity."),
              Field.<MeasuredOutcome, MeasuredOutcome.Builder, BenefitBasis>opt("basis", BENEFIT_BASIS_CODES, MeasuredOutcome::basis, MeasuredOutcome.Builder::basis, "Whether the outcome is targeted, projected or achieved.")));

  static final ObjectCodec<SpecifiedSpend, SpecifiedSpend.Builder> SPECIFIED_SPEND =
      new ObjectCodec<>(
          "SpecifiedSpend",
          "A line of specified spend: consultants, agency staff, EDI programmes, trade union facility time, or another. A line counts as reported (isReported) when it gives an amount for a named financial year, or a share of the pay bill. \"Not stated\" is an absent line or an absent amount; \"stated as none\" is an amount of zero.",
          SpecifiedSpend::builder,
          SpecifiedSpend.Builder::build,
          SpecifiedSpend.Builder::unknownProperties,
          List.of(
              Field.<SpecifiedSpend, SpecifiedSpend.Builder, String>req("id", Codecs.STRING, SpecifiedSpend::id, SpecifiedSpend.Builder::id, "The line's id, unique within the plan."),
              Field.<SpecifiedSpend, SpecifiedSpend.Builder, SpendCategory>req("category", SPEND_CATEGORY_CODES, SpecifiedSpend::category, SpecifiedSpend.Builder::category, "What kind of spend it is."),
              Field.<SpecifiedSpend, SpecifiedSpend.Builder, String>opt("scope", Codecs.STRING, SpecifiedSpend::scope, SpecifiedSpend.Builder::scope, "Which part of the council the line covers, such as \"central staff\"."),
              Field.<SpecifiedSpend, SpecifiedSpend.Builder, FinancialYear>opt("financialYear", Codecs.FINANCIAL_YEAR, SpecifiedSpend::financialYear, SpecifiedSpend.Builder::financialYear, "The financial year of the figure."),
              Field.<SpecifiedSpend, SpecifiedSpend.Builder, Money>opt("amount", Codecs.MONEY, SpecifiedSpend::amount, SpecifiedSpend.Builder::amount, "The amount spent."),
              Field.<SpecifiedSpend, SpecifiedSpend.Builder, Percentage>opt("shareOfPayBill", Codecs.PERCENTAGE, SpecifiedSpend::shareOfPayBill, SpecifiedSpend.Builder::shareOfPayBill, "The spend as a share of the total pay bill (how facility time is published)."),
              Field.<SpecifiedSpend, SpecifiedSpend.Builder, Measure>opt("otherMeasure", ref(() -> Model.MEASURE), SpecifiedSpend::otherMeasure, SpecifiedSpend.Builder::otherMeasure, "Another measure of the spend, with its unit (such as the share of a workforce that is agency staff)."),
              Field.<SpecifiedSpend, SpecifiedSpend.Builder, String>opt("narrative", Codecs.STRING, SpecifiedSpend::narrative, SpecifiedSpend.Builder::narrative, "What the plan says of the spend."),
              Field.<SpecifiedSpend, SpecifiedSpend.Builder, ReductionTarget>opt("reductionTarget", ref(() -> Model.REDUCTION_TARGET), SpecifiedSpend::reductionTarget, SpecifiedSpend.Builder::reductionTarget, "The reduction the council targets."),
              Field.<SpecifiedSpend, SpecifiedSpend.Builder, String>opt("retentionReason", Codecs.STRING, SpecifiedSpend::retentionReason, SpecifiedSpend.Builder::retentionReason, "Why the council keeps the spend, when it targets no reduction.")));

  static final ObjectCodec<ReductionTarget, ReductionTarget.Builder> REDUCTION_TARGET =
      new ObjectCodec<>(
          "ReductionTarget",
          "A reduction a council targets in a line of spend (\"a reduction of circa £3m in 24/25\").",
          ReductionTarget::builder,
          ReductionTarget.Builder::build,
          ReductionTarget.Builder::unknownProperties,
          List.of(
              Field.<ReductionTarget, ReductionTarget.Builder, Money>opt("amount", Codecs.MONEY, ReductionTarget::amount, ReductionTarget.Builder::amount, "The reduction in money."),
              Field.<ReductionTarget, ReductionTarget.Builder, Percentage>opt("share", Codecs.PERCENTAGE, ReductionTarget::share, ReductionTarget.Builder::share, "The reduction as a share of the spend."),
              Field.<ReductionTarget, ReductionTarget.Builder, FinancialYear>opt("financialYear", Codecs.FINANCIAL_YEAR, ReductionTarget::financialYear, ReductionTarget.Builder::financialYear, "The financial year of the reduction."),
              Field.<ReductionTarget, ReductionTarget.Builder, String>opt("description", Codecs.STRING, ReductionTarget::description, ReductionTarget.Builder::description, "The target, in words."),
              Field.<ReductionTarget, ReductionTarget.Builder>flag("approximate", ReductionTarget::approximate, ReductionTarget.Builder::approximate, "Whether the plan gives the target as approximate.")));

  static final ObjectCodec<Barrier, Barrier.Builder> BARRIER =
      new ObjectCodec<>(
          "Barrier",
          "A barrier to productivity that government could help to reduce or remove (theme 4), with what the council asks of government. asks keeps \"not stated\" (empty) apart from \"stated: nothing\" (an empty list).",
          Barrier::builder,
          Barrier.Builder::build,
          Barrier.Builder::unknownProperties,
          List.of(
              Field.<Barrier, Barrier.Builder, String>req("id", Codecs.STRING, Barrier::id, Barrier.Builder::id, "The barrier's id, unique within the plan."),
              Field.<Barrier, Barrier.Builder, String>opt("title", Codecs.STRING, Barrier::title, Barrier.Builder::title, "The barrier's heading, such as \"Local Government Finance\"."),
              Field.<Barrier, Barrier.Builder, BarrierCategory>opt("category", BARRIER_CATEGORY_CODES, Barrier::category, Barrier.Builder::category, "What kind of barrier it is."),
              Field.<Barrier, Barrier.Builder, String>opt("description", Codecs.STRING, Barrier::description, Barrier.Builder::description, "The barrier, in words."),
              Field.<Barrier, Barrier.Builder, String>optList("asks", Codecs.STRING, Barrier::asks, Barrier.Builder::asks, "What the council asks government to do; empty when not stated, an empty list when stated as nothing.")));

  static final ObjectCodec<Kpi, Kpi.Builder> KPI =
      new ObjectCodec<>(
          "Kpi",
          "A key performance indicator: how a plan's progress is measured.",
          Kpi::builder,
          Kpi.Builder::build,
          Kpi.Builder::unknownProperties,
          List.of(
              Field.<Kpi, Kpi.Builder, String>req("id", Codecs.STRING, Kpi::id, Kpi.Builder::id, "The KPI's id, unique within the plan."),
              Field.<Kpi, Kpi.Builder, String>req("name", Codecs.STRING, Kpi::name, Kpi.Builder::name, "The KPI's name."),
              Field.<Kpi, Kpi.Builder, String>opt("description", Codecs.STRING, Kpi::description, Kpi.Builder::description, "What it measures."),
              Field.<Kpi, Kpi.Builder, String>opt("unit", Codecs.STRING, Kpi::unit, Kpi.Builder::unit, "The unit of its values."),
              Field.<Kpi, Kpi.Builder, KpiDirection>opt("direction", KPI_DIRECTION_CODES, Kpi::direction, Kpi.Builder::direction, "Which way it improves."),
              Field.<Kpi, Kpi.Builder, KpiValue>opt("baseline", ref(() -> Model.KPI_VALUE), Kpi::baseline, Kpi.Builder::baseline, "The value it starts from."),
              Field.<Kpi, Kpi.Builder, KpiValue>opt("target", ref(() -> Model.KPI_VALUE), Kpi::target, Kpi.Builder::target, "The value it aims for."),
              Field.<Kpi, Kpi.Builder, KpiValue>list("measurements", ref(() -> Model.KPI_VALUE), Kpi::measurements, Kpi.Builder::addMeasurement, "The values measured over time."),
              Field.<Kpi, Kpi.Builder, KpiSource>opt("source", ref(() -> Model.KPI_SOURCE), Kpi::source, Kpi.Builder::source, "Where its definition comes from."),
              Field.<Kpi, Kpi.Builder, String>list("projectIds", Codecs.STRING, Kpi::projectIds, Kpi.Builder::addProjectId, "The ids of the projects it measures.")));

  static final ObjectCodec<KpiValue, KpiValue.Builder> KPI_VALUE =
      new ObjectCodec<>(
          "KpiValue",
          "A value of a KPI for a period: a baseline, a target or a measurement.",
          KpiValue::builder,
          KpiValue.Builder::build,
          KpiValue.Builder::unknownProperties,
          List.of(
              Field.<KpiValue, KpiValue.Builder, BigDecimal>req("value", Codecs.DECIMAL, KpiValue::value, KpiValue.Builder::value, "The value."),
              Field.<KpiValue, KpiValue.Builder, DateRange>opt("period", Codecs.DATE_RANGE, KpiValue::period, KpiValue.Builder::period, "The period the value is for."),
              Field.<KpiValue, KpiValue.Builder, String>opt("note", Codecs.STRING, KpiValue::note, KpiValue.Builder::note, "A note on the value.")));

  static final ObjectCodec<KpiSource, KpiSource.Builder> KPI_SOURCE =
      new ObjectCodec<>(
          "KpiSource",
          "Where a KPI's definition comes from: an Oflog or LG Inform metric, or a local measure.",
          KpiSource::builder,
          KpiSource.Builder::build,
          KpiSource.Builder::unknownProperties,
          List.of(
              Field.<KpiSource, KpiSource.Builder, KpiSourceKind>req("kind", KPI_SOURCE_KIND_CODES, KpiSource::kind, KpiSource.Builder::kind, "The kind of source."),
              Field.<KpiSource, KpiSource.Builder, String>opt("metricId", Codecs.STRING, KpiSource::metricId, KpiSource.Builder::metricId, "The metric's id at its source."),
              Field.<KpiSource, KpiSource.Builder, String>opt("name", Codecs.STRING, KpiSource::name, KpiSource.Builder::name, "The metric's name at its source.")));

  static final ObjectCodec<MonitoringArrangement, MonitoringArrangement.Builder> MONITORING_ARRANGEMENT =
      new ObjectCodec<>(
          "MonitoringArrangement",
          "Who oversees delivery of a plan, how often, and what they review.",
          MonitoringArrangement::builder,
          MonitoringArrangement.Builder::build,
          MonitoringArrangement.Builder::unknownProperties,
          List.of(
              Field.<MonitoringArrangement, MonitoringArrangement.Builder, String>req("forum", Codecs.STRING, MonitoringArrangement::forum, MonitoringArrangement.Builder::forum, "The body, such as \"Performance, Risk and Budget Board\"."),
              Field.<MonitoringArrangement, MonitoringArrangement.Builder, ForumKind>opt("kind", FORUM_KIND_CODES, MonitoringArrangement::kind, MonitoringArrangement.Builder::kind, "What kind of body it is."),
              Field.<MonitoringArrangement, MonitoringArrangement.Builder, Frequency>opt("frequency", FREQUENCY_CODES, MonitoringArrangement::frequency, MonitoringArrangement.Builder::frequency, "How often it meets or reports."),
              Field.<MonitoringArrangement, MonitoringArrangement.Builder, String>opt("reviews", Codecs.STRING, MonitoringArrangement::reviews, MonitoringArrangement.Builder::reviews, "What it reviews.")));

  static final ObjectCodec<ProgressUpdate, ProgressUpdate.Builder> PROGRESS_UPDATE =
      new ObjectCodec<>(
          "ProgressUpdate",
          "A published update on a plan's progress.",
          ProgressUpdate::builder,
          ProgressUpdate.Builder::build,
          ProgressUpdate.Builder::unknownProperties,
          List.of(
              Field.<ProgressUpdate, ProgressUpdate.Builder, PartialDate>opt("date", Codecs.PARTIAL_DATE, ProgressUpdate::date, ProgressUpdate.Builder::date, "When it was published."),
              Field.<ProgressUpdate, ProgressUpdate.Builder, String>opt("summary", Codecs.STRING, ProgressUpdate::summary, ProgressUpdate.Builder::summary, "What it reports."),
              Field.<ProgressUpdate, ProgressUpdate.Builder, String>opt("address", Codecs.STRING, ProgressUpdate::address, ProgressUpdate.Builder::address, "Where it is published.")));

  static final ObjectCodec<DocumentControl, DocumentControl.Builder> DOCUMENT_CONTROL =
      new ObjectCodec<>(
          "DocumentControl",
          "A plan document's control record: revision history, ownership, distribution and length.",
          DocumentControl::builder,
          DocumentControl.Builder::build,
          DocumentControl.Builder::unknownProperties,
          List.of(
              Field.<DocumentControl, DocumentControl.Builder, Revision>list("revisions", ref(() -> Model.REVISION), DocumentControl::revisions, DocumentControl.Builder::addRevision, "The issues of the document, oldest first."),
              Field.<DocumentControl, DocumentControl.Builder, DocumentOwner>list("owners", ref(() -> Model.DOCUMENT_OWNER), DocumentControl::owners, DocumentControl.Builder::addOwner, "The people who own the document, by role."),
              Field.<DocumentControl, DocumentControl.Builder, String>list("distribution", Codecs.STRING, DocumentControl::distribution, DocumentControl.Builder::addDistribution, "Who the document is distributed to."),
              Field.<DocumentControl, DocumentControl.Builder, Integer>opt("pageCount", Codecs.INTEGER, DocumentControl::pageCount, DocumentControl.Builder::pageCount, "How many pages the published document runs to.")));

  static final ObjectCodec<Revision, Revision.Builder> REVISION =
      new ObjectCodec<>(
          "Revision",
          "One issue of a document: its version, date and reason.",
          Revision::builder,
          Revision.Builder::build,
          Revision.Builder::unknownProperties,
          List.of(
              Field.<Revision, Revision.Builder, String>req("version", Codecs.STRING, Revision::version, Revision.Builder::version, "The version, such as \"1.0\"."),
              Field.<Revision, Revision.Builder, LocalDate>opt("date", Codecs.LOCAL_DATE_CODEC, Revision::date, Revision.Builder::date, "The date of issue."),
              Field.<Revision, Revision.Builder, String>opt("reason", Codecs.STRING, Revision::reason, Revision.Builder::reason, "The reason for issue.")));

  static final ObjectCodec<DocumentOwner, DocumentOwner.Builder> DOCUMENT_OWNER =
      new ObjectCodec<>(
          "DocumentOwner",
          "A person who owns a document in a role, such as its author or release authority.",
          DocumentOwner::builder,
          DocumentOwner.Builder::build,
          DocumentOwner.Builder::unknownProperties,
          List.of(
              Field.<DocumentOwner, DocumentOwner.Builder, String>req("role", Codecs.STRING, DocumentOwner::role, DocumentOwner.Builder::role, "The role, such as \"Author\"."),
              Field.<DocumentOwner, DocumentOwner.Builder, String>opt("name", Codecs.STRING, DocumentOwner::name, DocumentOwner.Builder::name, "The person's name."),
              Field.<DocumentOwner, DocumentOwner.Builder, String>opt("jobTitle", Codecs.STRING, DocumentOwner::jobTitle, DocumentOwner.Builder::jobTitle, "The person's job title.")));

  static final ObjectCodec<Endorsement, Endorsement.Builder> ENDORSEMENT =
      new ObjectCodec<>(
          "Endorsement",
          "The member endorsement of a plan: the body or role that endorsed it, and when.",
          Endorsement::builder,
          Endorsement.Builder::build,
          Endorsement.Builder::unknownProperties,
          List.of(
              Field.<Endorsement, Endorsement.Builder, String>opt("body", Codecs.STRING, Endorsement::body, Endorsement.Builder::body, "The body or role, such as \"Cabinet\"."),
              Field.<Endorsement, Endorsement.Builder, Endorser>opt("endorsedBy", ENDORSER_CODES, Endorsement::endorsedBy, Endorsement.Builder::endorsedBy, "Who endorsed the plan, by kind: full council, the Cabinet, a committee or a single member."),
              Field.<Endorsement, Endorsement.Builder, LocalDate>opt("date", Codecs.LOCAL_DATE_CODEC, Endorsement::date, Endorsement.Builder::date, "The date of endorsement."),
              Field.<Endorsement, Endorsement.Builder, String>opt("note", Codecs.STRING, Endorsement::note, Endorsement.Builder::note, "What the plan says of it.")));

  static final ObjectCodec<Submission, Submission.Builder> SUBMISSION =
      new ObjectCodec<>(
          "Submission",
          "A plan's submission to the department.",
          Submission::builder,
          Submission.Builder::build,
          Submission.Builder::unknownProperties,
          List.of(
              Field.<Submission, Submission.Builder, LocalDate>opt("date", Codecs.LOCAL_DATE_CODEC, Submission::date, Submission.Builder::date, "The date of submission."),
              Field.<Submission, Submission.Builder, String>opt("recipient", Codecs.STRING, Submission::recipient, Submission.Builder::recipient, "Who it was submitted to."),
              Field.<Submission, Submission.Builder, LocalDate>opt("extensionAgreedTo", Codecs.LOCAL_DATE_CODEC, Submission::extensionAgreedTo, Submission.Builder::extensionAgreedTo, "The new deadline, when an extension was agreed.")));

  static final ObjectCodec<Publication, Publication.Builder> PUBLICATION =
      new ObjectCodec<>(
          "Publication",
          "Where and when a council published its plan.",
          Publication::builder,
          Publication.Builder::build,
          Publication.Builder::unknownProperties,
          List.of(
              Field.<Publication, Publication.Builder, String>opt("address", Codecs.STRING, Publication::address, Publication.Builder::address, "The web address of the published plan."),
              Field.<Publication, Publication.Builder, LocalDate>opt("date", Codecs.LOCAL_DATE_CODEC, Publication::date, Publication.Builder::date, "The date of publication.")));

  static final ObjectCodec<CouncilPlan, CouncilPlan.Builder> COUNCIL_PLAN =
      new ObjectCodec<>(
          "CouncilPlan",
          "A council plan (or business plan): the outcomes and key priorities that projects trace to, the \"golden thread\" of Somerset's scrutiny paper.",
          CouncilPlan::builder,
          CouncilPlan.Builder::build,
          CouncilPlan.Builder::unknownProperties,
          List.of(
              Field.<CouncilPlan, CouncilPlan.Builder, String>req("title", Codecs.STRING, CouncilPlan::title, CouncilPlan.Builder::title, "The plan's title."),
              Field.<CouncilPlan, CouncilPlan.Builder, String>opt("source", Codecs.STRING, CouncilPlan::source, CouncilPlan.Builder::source, "Where this record of the council plan was taken from: the published document's title or address."),
              Field.<CouncilPlan, CouncilPlan.Builder, Council>opt("council", ref(() -> Model.COUNCIL), CouncilPlan::council, CouncilPlan.Builder::council, "The council whose plan it is, when not the productivity plan's own."),
              Field.<CouncilPlan, CouncilPlan.Builder, DateRange>opt("period", Codecs.DATE_RANGE, CouncilPlan::period, CouncilPlan.Builder::period, "The years it covers."),
              Field.<CouncilPlan, CouncilPlan.Builder, String>opt("introduction", Codecs.STRING, CouncilPlan::introduction, CouncilPlan.Builder::introduction, "What the plan is for, and the strengths and challenges it starts from."),
              Field.<CouncilPlan, CouncilPlan.Builder, String>list("vision", Codecs.STRING, CouncilPlan::vision, CouncilPlan.Builder::addVision, "The statements of the council's vision."),
              Field.<CouncilPlan, CouncilPlan.Builder, CouncilPlanOutcome>list("outcomes", ref(() -> Model.COUNCIL_PLAN_OUTCOME), CouncilPlan::outcomes, CouncilPlan.Builder::addOutcome, "The outcomes it sets out to achieve."),
              Field.<CouncilPlan, CouncilPlan.Builder, String>list("principles", Codecs.STRING, CouncilPlan::principles, CouncilPlan.Builder::addPrinciple, "How the council will deliver it."),
              Field.<CouncilPlan, CouncilPlan.Builder, String>list("relatedStrategies", Codecs.STRING, CouncilPlan::relatedStrategies, CouncilPlan.Builder::addRelatedStrategy, "The strategies and plans that sit below it."),
              Field.<CouncilPlan, CouncilPlan.Builder, KeyFigure>list("keyFigures", ref(() -> Model.KEY_FIGURE), CouncilPlan::keyFigures, CouncilPlan.Builder::addKeyFigure, "The figures the plan gives for context."),
              Field.<CouncilPlan, CouncilPlan.Builder, MonitoringArrangement>list("monitoringArrangements", ref(() -> Model.MONITORING_ARRANGEMENT), CouncilPlan::monitoringArrangements, CouncilPlan.Builder::addMonitoringArrangement, "How delivery of the plan is evidenced and reported."),
              Field.<CouncilPlan, CouncilPlan.Builder, String>opt("performanceReporting", Codecs.STRING, CouncilPlan::performanceReporting, CouncilPlan.Builder::performanceReporting, "How delivery of the plan is evidenced and reported, where the plan names a report rather than a body.")));

  static final ObjectCodec<CouncilPlanOutcome, CouncilPlanOutcome.Builder> COUNCIL_PLAN_OUTCOME =
      new ObjectCodec<>(
          "CouncilPlanOutcome",
          "An outcome of a council plan, with the key priorities that will deliver it.",
          CouncilPlanOutcome::builder,
          CouncilPlanOutcome.Builder::build,
          CouncilPlanOutcome.Builder::unknownProperties,
          List.of(
              Field.<CouncilPlanOutcome, CouncilPlanOutcome.Builder, String>req("id", Codecs.STRING, CouncilPlanOutcome::id, CouncilPlanOutcome.Builder::id, "The outcome's id, unique within the plan."),
              Field.<CouncilPlanOutcome, CouncilPlanOutcome.Builder, String>req("title", Codecs.STRING, CouncilPlanOutcome::title, CouncilPlanOutcome.Builder::title, "The outcome."),
              Field.<CouncilPlanOutcome, CouncilPlanOutcome.Builder, KeyPriority>list("keyPriorities", ref(() -> Model.KEY_PRIORITY), CouncilPlanOutcome::keyPriorities, CouncilPlanOutcome.Builder::addKeyPriority, "The key priorities under it.")));

  static final ObjectCodec<KeyPriority, KeyPriority.Builder> KEY_PRIORITY =
      new ObjectCodec<>(
          "KeyPriority",
          "A key priority under a council-plan outcome, with its commitments.",
          KeyPriority::builder,
          KeyPriority.Builder::build,
          KeyPriority.Builder::unknownProperties,
          List.of(
              Field.<KeyPriority, KeyPriority.Builder, String>req("title", Codecs.STRING, KeyPriority::title, KeyPriority.Builder::title, "The priority."),
              Field.<KeyPriority, KeyPriority.Builder, String>list("commitments", Codecs.STRING, KeyPriority::commitments, KeyPriority.Builder::addCommitment, "What the council commits to under it.")));

}
