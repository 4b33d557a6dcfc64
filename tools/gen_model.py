#!/usr/bin/env python3
"""Generates the Immutables-based composite types of plan-model from one spec.

The spec below is the single source of the model's shape; run this script after editing it and
commit both. Hand-written value types (Money, FinancialYear, ...) are not generated.
"""
import os

OUT = os.path.join(os.path.dirname(__file__), '..', 'plan-model', 'src', 'main', 'java',
                   'org', 'productivityplan', 'model')

# field: (name, type, kind, doc, extra)   kind: req | opt | list | map | optlist | default:<expr>
# extra: dict with 'anno' (annotations on the accessor) and 'elem' (type-use annotation on the element)
T = []
def t(name, doc, fields, extensible=True, methods=''):
    T.append((name, doc, fields, extensible, methods))

t('ProductivityPlan', '''A council's productivity plan: the root of the model.

<p>Only the {@link #council()} (with its name) and the {@link #title()} are required, so an
incomplete draft can always be held; what the 2024 guidance asks for is checked by the rule
engine of {@code plan-validation}.''', [
  ('schemaVersion', 'SchemaVersion', 'default:SchemaVersion.CURRENT', 'the version of the JSON format the plan was read from or will be written in; {@link SchemaVersion#CURRENT} unless set', {}),
  ('council', 'Council', 'req', 'the council whose plan this is', {'anno': '@Valid'}),
  ('title', 'String', 'req', 'the plan\'s title, such as "Productivity Plan"', {'anno': '@NotBlank'}),
  ('planDate', 'PartialDate', 'opt', 'the date the document bears, such as July 2024', {}),
  ('status', 'PlanStatus', 'opt', 'where the plan stands in its lifecycle; rules treat a plan with no status as a draft', {}),
  ('source', 'String', 'opt', 'where this record of the plan was taken from: the published document\'s title or address', {}),
  ('introduction', 'String', 'opt', 'what the plan is, why it exists, its scope and objective', {}),
  ('narratives', 'Theme, String', 'map', 'the plan\'s own summary of its answer to each theme, by theme', {}),
  ('context', 'CouncilContext', 'opt', 'the council\'s context: finances, productivity, assurance', {'anno': '@Valid'}),
  ('councilPlan', 'CouncilPlan', 'opt', 'the council plan that projects trace to (the "golden thread"), when attached', {'anno': '@Valid'}),
  ('projects', 'TransformationProject', 'list', 'the transformation projects, completed, in progress and planned', {'anno': '@Valid'}),
  ('specifiedSpend', 'SpecifiedSpend', 'list', 'the lines of specified spend: consultants, agency staff, EDI, facility time and others', {'anno': '@Valid'}),
  ('barriers', 'Barrier', 'list', 'the barriers government could help to reduce or remove', {'anno': '@Valid'}),
  ('kpis', 'Kpi', 'list', 'the key performance indicators by which progress is measured', {'anno': '@Valid'}),
  ('monitoringArrangements', 'MonitoringArrangement', 'list', 'who oversees delivery of the plan, and how often', {'anno': '@Valid'}),
  ('progressUpdates', 'ProgressUpdate', 'list', 'the progress updates published since the plan', {'anno': '@Valid'}),
  ('documentControl', 'DocumentControl', 'opt', 'the document\'s revision history, ownership and length', {'anno': '@Valid'}),
  ('endorsement', 'Endorsement', 'opt', 'the member endorsement of the plan', {'anno': '@Valid'}),
  ('submission', 'Submission', 'opt', 'the plan\'s submission to the department', {'anno': '@Valid'}),
  ('publication', 'Publication', 'opt', 'where and when the council published the plan', {'anno': '@Valid'}),
], methods='''
  /**
   * Returns the plan's status, or {@link PlanStatus#DRAFT} when none is stated.
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
''')

t('Council', '''An English council, identified by its name and its GSS code from the ONS register.

<p>The council's tier ({@link #type()}) is read from the code's prefix, so the two can never
disagree.''', [
  ('name', 'String', 'req', 'the council\'s name, such as "Somerset Council"', {'anno': '@NotBlank'}),
  ('gssCode', 'String', 'opt', 'the nine-character GSS code, such as {@code E06000066}; the rule engine checks its form (rule PP001)', {'elem': '@Pattern(regexp = "E(0[6-9]|10)[0-9]{6}")'}),
  ('formed', 'PartialDate', 'opt', 'when the council came into being, for a council formed by reorganisation', {}),
  ('predecessors', 'Council', 'list', 'the councils this one replaced (Somerset Council replaced five)', {'anno': '@Valid'}),
], methods='''
  /**
   * Returns the council's tier, read from the prefix of its GSS code.
   *
   * @return the tier, or empty when no code is stated or its prefix names no English tier
   */
  public final Optional<CouncilType> type() {
    return gssCode().flatMap(CouncilType::fromGssCode);
  }
''')

t('CouncilContext', '''The council's context, which Somerset's scrutiny paper asks a plan to give a lay reader:
its financial position and reserves, whether it has a Housing Revenue Account, how it understands
and measures productivity, its strategic planning framework and its assurance.''', [
  ('financialPosition', 'String', 'opt', 'the council\'s financial position, in words', {}),
  ('reserves', 'Money', 'opt', 'the council\'s reserves, where a figure is given', {'anno': '@Valid'}),
  ('reservesNarrative', 'String', 'opt', 'what the plan says of its reserves', {}),
  ('hasHousingRevenueAccount', 'Boolean', 'opt', 'whether the council has a Housing Revenue Account; empty when not stated', {}),
  ('productivityUnderstanding', 'String', 'opt', 'how the council understands and approaches productivity', {}),
  ('productivityMeasurement', 'String', 'opt', 'how the council measures productivity (rule PP114)', {}),
  ('strategicFramework', 'String', 'opt', 'the strategic planning framework: the golden thread from council plan to service plans', {}),
  ('assuranceActivities', 'AssuranceActivity', 'list', 'the assurance the council cites: peer challenges, scrutiny, audit, inspection', {'anno': '@Valid'}),
  ('keyFigures', 'KeyFigure', 'list', 'other figures the plan gives for context, such as capital spend or funding lost', {'anno': '@Valid'}),
])

t('AssuranceActivity', 'A piece of assurance a council cites: a peer challenge, a scrutiny review, an audit or an inspection.', [
  ('description', 'String', 'req', 'what the activity was or is', {}),
  ('kind', 'AssuranceKind', 'opt', 'what kind of assurance it is', {}),
  ('body', 'String', 'opt', 'who carries it out, such as "Local Government Association"', {}),
  ('date', 'PartialDate', 'opt', 'when it took or will take place', {}),
  ('conclusion', 'String', 'opt', 'what it found, where the plan says', {}),
])

t('KeyFigure', 'A figure a plan gives for context, outside any project or spend line.', [
  ('description', 'String', 'req', 'what the figure is', {}),
  ('amount', 'Money', 'opt', 'the amount of money, if the figure is one', {'anno': '@Valid'}),
  ('measure', 'Measure', 'opt', 'the quantity, if the figure is not money', {'anno': '@Valid'}),
  ('financialYear', 'FinancialYear', 'opt', 'the financial year the figure belongs to', {}),
  ('period', 'DateRange', 'opt', 'the period the figure covers, when not one financial year', {}),
])

t('Measure', '''A quantity with its unit, possibly a range ("30-40%") or approximate ("nearly 20%").''', [
  ('value', 'BigDecimal', 'req', 'the value, or the lower end of a range', {}),
  ('upTo', 'BigDecimal', 'opt', 'the upper end, when the quantity is a range', {}),
  ('unit', 'String', 'req', 'the unit, such as "%" or "people per year"', {}),
  ('approximate', 'boolean', 'default:false', 'whether the plan gives the value as approximate ("nearly", "circa")', {}),
])

t('TransformationProject', '''A piece of transformation work: a project or programme, completed, in progress or planned.

<p>Theme 1 asks what was done and what is planned; theme 2 asks for data and technology
initiatives, which are projects with the theme {@link Theme#TECHNOLOGY_AND_DATA}.''', [
  ('id', 'String', 'req', 'the project\'s id, unique within the plan', {'anno': '@NotBlank'}),
  ('name', 'String', 'req', 'the project\'s name', {'anno': '@NotBlank'}),
  ('description', 'String', 'opt', 'what the project is and does', {}),
  ('status', 'ProjectStatus', 'opt', 'whether the project is completed, in progress or planned', {}),
  ('themes', 'Theme', 'list', 'the guidance themes the project answers', {}),
  ('serviceArea', 'String', 'opt', 'the service area, such as "Adult social care"', {}),
  ('parentId', 'String', 'opt', 'the id of the programme this project belongs to', {}),
  ('period', 'DateRange', 'opt', 'when the project runs', {}),
  ('milestones', 'Milestone', 'list', 'the project\'s implementation milestones', {'anno': '@Valid'}),
  ('partners', 'String', 'list', 'the organisations the council works with on it', {}),
  ('savings', 'Saving', 'list', 'the savings targeted, projected or achieved', {'anno': '@Valid'}),
  ('outcomes', 'MeasuredOutcome', 'list', 'the measured outcomes, targeted or achieved', {'anno': '@Valid'}),
  ('kpiIds', 'String', 'list', 'the ids of the KPIs that measure it', {}),
  ('councilPlanOutcomeIds', 'String', 'list', 'the ids of the council-plan outcomes it serves', {}),
])

t('Milestone', 'A dated step in delivering a project ("the new system will go live in August 2024").', [
  ('id', 'String', 'req', 'the milestone\'s id, unique within the plan', {'anno': '@NotBlank'}),
  ('description', 'String', 'req', 'what is to happen', {}),
  ('due', 'PartialDate', 'opt', 'when it is due, to the precision the plan gives', {}),
  ('status', 'MilestoneStatus', 'opt', 'where it stands', {}),
])

t('Saving', '''A saving of money: targeted, projected or achieved, one-off or per year, possibly a range
("£40-50m").''', [
  ('description', 'String', 'opt', 'what the saving is', {}),
  ('basis', 'BenefitBasis', 'opt', 'whether the saving is targeted, projected or achieved', {}),
  ('amount', 'Money', 'opt', 'the amount, or the lower end of a range', {'anno': '@Valid'}),
  ('upTo', 'Money', 'opt', 'the upper end, when the saving is a range', {'anno': '@Valid'}),
  ('recurring', 'Boolean', 'opt', 'true for a saving per year, false for a one-off; empty when not stated', {}),
  ('financialYear', 'FinancialYear', 'opt', 'the financial year the saving falls in', {}),
  ('from', 'PartialDate', 'opt', 'from when the saving runs', {}),
  ('by', 'PartialDate', 'opt', 'by when the saving is to be made', {}),
  ('approximate', 'boolean', 'default:false', 'whether the plan gives the amount as approximate', {}),
])

t('MeasuredOutcome', 'An effect of a project, in words and where given as a quantity ("95 additional individuals annually").', [
  ('description', 'String', 'req', 'the outcome, in words', {}),
  ('measure', 'Measure', 'opt', 'the outcome as a quantity', {'anno': '@Valid'}),
  ('basis', 'BenefitBasis', 'opt', 'whether the outcome is targeted, projected or achieved', {}),
])

t('SpecifiedSpend', '''A line of specified spend: consultants, agency staff, EDI programmes, trade union facility
time, or another.

<p>A line counts as reported ({@link #isReported()}) when it gives an amount for a named financial
year, or a share of the pay bill. "Not stated" is an absent line or an absent amount; "stated as
none" is an amount of zero.''', [
  ('id', 'String', 'req', 'the line\'s id, unique within the plan', {'anno': '@NotBlank'}),
  ('category', 'SpendCategory', 'req', 'what kind of spend it is', {}),
  ('scope', 'String', 'opt', 'which part of the council the line covers, such as "central staff"', {}),
  ('financialYear', 'FinancialYear', 'opt', 'the financial year of the figure', {}),
  ('amount', 'Money', 'opt', 'the amount spent', {'anno': '@Valid'}),
  ('shareOfPayBill', 'Percentage', 'opt', 'the spend as a share of the total pay bill (how facility time is published)', {'anno': '@Valid'}),
  ('otherMeasure', 'Measure', 'opt', 'another measure of the spend, with its unit (such as the share of a workforce that is agency staff)', {'anno': '@Valid'}),
  ('narrative', 'String', 'opt', 'what the plan says of the spend', {}),
  ('reductionTarget', 'ReductionTarget', 'opt', 'the reduction the council targets', {'anno': '@Valid'}),
  ('retentionReason', 'String', 'opt', 'why the council keeps the spend, when it targets no reduction', {}),
], methods='''
  /**
   * Tells whether the line is reported in the guidance's sense: an amount for a named financial
   * year, or a share of the pay bill.
   *
   * @return true when reported with a figure
   */
  public final boolean isReported() {
    return (amount().isPresent() && financialYear().isPresent()) || shareOfPayBill().isPresent();
  }
''')

t('ReductionTarget', 'A reduction a council targets in a line of spend ("a reduction of circa £3m in 24/25").', [
  ('amount', 'Money', 'opt', 'the reduction in money', {'anno': '@Valid'}),
  ('share', 'Percentage', 'opt', 'the reduction as a share of the spend', {'anno': '@Valid'}),
  ('financialYear', 'FinancialYear', 'opt', 'the financial year of the reduction', {}),
  ('description', 'String', 'opt', 'the target, in words', {}),
  ('approximate', 'boolean', 'default:false', 'whether the plan gives the target as approximate', {}),
])

t('Barrier', '''A barrier to productivity that government could help to reduce or remove (theme 4), with what
the council asks of government.

<p>{@link #asks()} keeps "not stated" (empty) apart from "stated: nothing" (an empty list).''', [
  ('id', 'String', 'req', 'the barrier\'s id, unique within the plan', {'anno': '@NotBlank'}),
  ('title', 'String', 'opt', 'the barrier\'s heading, such as "Local Government Finance"', {}),
  ('category', 'BarrierCategory', 'opt', 'what kind of barrier it is', {}),
  ('description', 'String', 'opt', 'the barrier, in words', {}),
  ('asks', 'String', 'optlist', 'what the council asks government to do; empty when not stated, an empty list when stated as nothing', {}),
])

t('Kpi', 'A key performance indicator: how a plan\'s progress is measured.', [
  ('id', 'String', 'req', 'the KPI\'s id, unique within the plan', {'anno': '@NotBlank'}),
  ('name', 'String', 'req', 'the KPI\'s name', {'anno': '@NotBlank'}),
  ('description', 'String', 'opt', 'what it measures', {}),
  ('unit', 'String', 'opt', 'the unit of its values', {}),
  ('direction', 'KpiDirection', 'opt', 'which way it improves', {}),
  ('baseline', 'KpiValue', 'opt', 'the value it starts from', {'anno': '@Valid'}),
  ('target', 'KpiValue', 'opt', 'the value it aims for', {'anno': '@Valid'}),
  ('measurements', 'KpiValue', 'list', 'the values measured over time', {'anno': '@Valid'}),
  ('source', 'KpiSource', 'opt', 'where its definition comes from', {'anno': '@Valid'}),
  ('projectIds', 'String', 'list', 'the ids of the projects it measures', {}),
])

t('KpiValue', 'A value of a KPI for a period: a baseline, a target or a measurement.', [
  ('value', 'BigDecimal', 'req', 'the value', {}),
  ('period', 'DateRange', 'opt', 'the period the value is for', {}),
  ('note', 'String', 'opt', 'a note on the value', {}),
])

t('KpiSource', 'Where a KPI\'s definition comes from: an Oflog or LG Inform metric, or a local measure.', [
  ('kind', 'KpiSourceKind', 'req', 'the kind of source', {}),
  ('metricId', 'String', 'opt', 'the metric\'s id at its source', {}),
  ('name', 'String', 'opt', 'the metric\'s name at its source', {}),
])

t('MonitoringArrangement', 'Who oversees delivery of a plan, how often, and what they review.', [
  ('forum', 'String', 'req', 'the body, such as "Performance, Risk and Budget Board"', {}),
  ('kind', 'ForumKind', 'opt', 'what kind of body it is', {}),
  ('frequency', 'Frequency', 'opt', 'how often it meets or reports', {}),
  ('reviews', 'String', 'opt', 'what it reviews', {}),
])

t('ProgressUpdate', 'A published update on a plan\'s progress.', [
  ('date', 'PartialDate', 'opt', 'when it was published', {}),
  ('summary', 'String', 'opt', 'what it reports', {}),
  ('address', 'String', 'opt', 'where it is published', {}),
])

t('DocumentControl', 'A plan document\'s control record: revision history, ownership, distribution and length.', [
  ('revisions', 'Revision', 'list', 'the issues of the document, oldest first', {'anno': '@Valid'}),
  ('owners', 'DocumentOwner', 'list', 'the people who own the document, by role', {'anno': '@Valid'}),
  ('distribution', 'String', 'list', 'who the document is distributed to', {}),
  ('pageCount', 'Integer', 'opt', 'how many pages the published document runs to', {'elem': '@Positive'}),
])

t('Revision', 'One issue of a document: its version, date and reason.', [
  ('version', 'String', 'req', 'the version, such as "1.0"', {}),
  ('date', 'LocalDate', 'opt', 'the date of issue', {}),
  ('reason', 'String', 'opt', 'the reason for issue', {}),
])

t('DocumentOwner', 'A person who owns a document in a role, such as its author or release authority.', [
  ('role', 'String', 'req', 'the role, such as "Author"', {}),
  ('name', 'String', 'opt', 'the person\'s name', {}),
  ('jobTitle', 'String', 'opt', 'the person\'s job title', {}),
])

t('Endorsement', 'The member endorsement of a plan: the body or role that endorsed it, and when.', [
  ('body', 'String', 'opt', 'the body or role, such as "Cabinet"', {}),
  ('date', 'LocalDate', 'opt', 'the date of endorsement', {}),
  ('note', 'String', 'opt', 'what the plan says of it', {}),
])

t('Submission', 'A plan\'s submission to the department.', [
  ('date', 'LocalDate', 'opt', 'the date of submission', {}),
  ('recipient', 'String', 'opt', 'who it was submitted to', {}),
  ('extensionAgreedTo', 'LocalDate', 'opt', 'the new deadline, when an extension was agreed', {}),
])

t('Publication', 'Where and when a council published its plan.', [
  ('address', 'String', 'opt', 'the web address of the published plan', {}),
  ('date', 'LocalDate', 'opt', 'the date of publication', {}),
])

t('CouncilPlan', '''A council plan (or business plan): the outcomes and key priorities that projects trace to, the
"golden thread" of Somerset's scrutiny paper.''', [
  ('title', 'String', 'req', 'the plan\'s title', {}),
  ('source', 'String', 'opt', 'where this record of the council plan was taken from: the published document\'s title or address', {}),
  ('council', 'Council', 'opt', 'the council whose plan it is, when not the productivity plan\'s own', {'anno': '@Valid'}),
  ('period', 'DateRange', 'opt', 'the years it covers', {}),
  ('introduction', 'String', 'opt', 'what the plan is for, and the strengths and challenges it starts from', {}),
  ('vision', 'String', 'list', 'the statements of the council\'s vision', {}),
  ('outcomes', 'CouncilPlanOutcome', 'list', 'the outcomes it sets out to achieve', {'anno': '@Valid'}),
  ('principles', 'String', 'list', 'how the council will deliver it', {}),
  ('relatedStrategies', 'String', 'list', 'the strategies and plans that sit below it', {}),
  ('keyFigures', 'KeyFigure', 'list', 'the figures the plan gives for context', {'anno': '@Valid'}),
  ('monitoringArrangements', 'MonitoringArrangement', 'list', 'how delivery of the plan is evidenced and reported', {'anno': '@Valid'}),
])

t('CouncilPlanOutcome', 'An outcome of a council plan, with the key priorities that will deliver it.', [
  ('id', 'String', 'req', 'the outcome\'s id, unique within the plan', {'anno': '@NotBlank'}),
  ('title', 'String', 'req', 'the outcome', {}),
  ('keyPriorities', 'KeyPriority', 'list', 'the key priorities under it', {'anno': '@Valid'}),
])

t('KeyPriority', 'A key priority under a council-plan outcome, with its commitments.', [
  ('title', 'String', 'req', 'the priority', {}),
  ('commitments', 'String', 'list', 'what the council commits to under it', {}),
])

t('Finding', '''One finding about a plan: a problem found while reading it, or a shortfall found by a rule.

<p>Findings from reading ({@code IO...} ids) and from validation ({@code PP...} ids) have this one
shape, so one report carries both. {@link #messageKey()} and {@link #arguments()} let a caller
translate the message without touching JVM-wide state; {@link #message()} is the English text.
{@link #pointer()} is the JSON Pointer of the element concerned ({@code ""} for the whole plan);
{@link #line()} and {@link #column()} are known when the finding came from a document.''', [
  ('ruleId', 'String', 'req', 'the id of the rule or problem, such as {@code PP130} or {@code IO001}', {}),
  ('severity', 'Severity', 'req', 'how much it matters', {}),
  ('message', 'String', 'req', 'the message in English, naming the offending value', {}),
  ('messageKey', 'String', 'default:ruleId()', 'the key of the message for translation; the rule id unless set', {}),
  ('arguments', 'String', 'list', 'the arguments of the message, in order', {}),
  ('pointer', 'String', 'default:""', 'the JSON Pointer of the element concerned; {@code ""} for the whole plan', {}),
  ('line', 'Integer', 'opt', 'the line in the source document, from 1, when known', {}),
  ('column', 'Integer', 'opt', 'the column in the source document, from 1, when known', {}),
  ('theme', 'Theme', 'opt', 'the guidance theme the finding belongs to, if any', {}),
  ('guidance', 'String', 'opt', 'the guidance reference: document and section', {}),
  ('elementId', 'String', 'opt', 'the {@code id} of the nearest element with an id that contains what the finding points at, such as the spend line {@code spend-consultancy} or the project {@code vcfse-partnership}; unlike the pointer, it survives reordering a list', {}),
  ('elementPointer', 'String', 'opt', 'the JSON Pointer of the element {@link #elementId()} names, a prefix of {@link #pointer()}; present exactly when the element id is', {}),
], extensible=False, methods=r'''
  /**
   * Returns the finding's identity, stable across reordering the plan's lists: the rule id, the
   * {@linkplain #elementId() element id} (empty when none) and the pointer relative to that element
   * (the whole pointer when there is none), joined by {@code |}, such as {@code
   * PP130|spend-consultancy|/amount}. Two findings of one rule about the same part of the same
   * element share it. An element id longer than {@value #MAX_ID_IN_FINGERPRINT} characters is
   * shortened to its start, an ellipsis and a digest of the whole, so a fingerprint stays short.
   *
   * @return the fingerprint
   */
  public final String fingerprint() {
    String id = elementId().orElse("");
    String relative = pointer();
    String base = elementPointer().orElse("");
    if (elementId().isPresent() && relative.startsWith(base)) {
      relative = relative.substring(base.length());
    }
    return ruleId() + "|" + shortId(id) + "|" + relative;
  }

  /** The most characters of an element id a fingerprint holds as they are. */
  public static final int MAX_ID_IN_FINGERPRINT = 200;

  private static String shortId(String id) {
    if (id.length() <= MAX_ID_IN_FINGERPRINT) {
      return id;
    }
    long hash = 1125899906842597L;
    for (int i = 0; i < id.length(); i++) {
      hash = 31 * hash + id.charAt(i);
    }
    return id.substring(0, 64) + "\u2026" + Long.toHexString(hash);
  }

  @Value.Check
  final void checkElement() {
    if (elementId().isPresent() != elementPointer().isPresent()) {
      throw new IllegalStateException(
          "A finding's elementId and elementPointer are given together or not at all");
    }
  }

  /**
   * Returns a copy of this finding at another place in a document.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the copy
   */
  public final Finding withLocation(int line, int column) {
    return builder().from(this).line(line).column(column).build();
  }

  /**
   * Returns a copy of this finding with another severity.
   *
   * @param newSeverity the severity
   * @return the copy
   */
  public final Finding withSeverity(Severity newSeverity) {
    return builder().from(this).severity(newSeverity).build();
  }

  /**
   * Escapes what would break a line of output or reach a terminal as a command: C0 and C1 control
   * characters, DEL, and the Unicode line and paragraph separators become {@code \n}, {@code \r},
   * {@code \t} or {@code \}{@code uXXXX}. Plan text quoted in a message, and pointers into a
   * document whose property names hold such characters, go through this before they are shown.
   *
   * @param text any text
   * @return the text with those characters escaped; the same string when there are none
   */
  public static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
      if (control && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out == null) {
        continue;
      }
      if (!control) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out == null ? text : out.toString();
  }
''')

def lcfirst(s): return s[0].lower()+s[1:]

for name, doc, fields, extensible, methods in T:
    imports = {'org.immutables.value.Value'}
    body = []
    for fname, ftype, kind, fdoc, extra in fields:
        anno = extra.get('anno', '')
        elem = extra.get('elem', '')
        if anno == '@Valid' and not elem and kind in ('opt', 'list', 'optlist'):
            # Cascade on the element (List<@Valid X>), not the container: Hibernate Validator
            # deprecates @Valid on a container and logs a warning per accessor (HV000271).
            anno, elem = '', '@Valid'
        if anno: 
            for a in anno.split():
                imports.add('jakarta.validation.constraints.' + a[1:].split('(')[0] if a != '@Valid' else 'jakarta.validation.Valid')
        if elem:
            imports.add('jakarta.validation.constraints.' + elem[1:].split('(')[0] if elem != '@Valid' else 'jakarta.validation.Valid')
        et = (elem + ' ' if elem else '') + ftype
        if 'BigDecimal' in ftype: imports.add('java.math.BigDecimal')
        if 'LocalDate' in ftype: imports.add('java.time.LocalDate')
        if kind == 'req':
            rt = ftype
        elif kind == 'opt':
            rt = f'Optional<{et}>'; imports.add('java.util.Optional')
        elif kind == 'list':
            rt = f'List<{et}>'; imports.add('java.util.List')
        elif kind == 'optlist':
            rt = f'Optional<List<{et}>>'; imports.add('java.util.List'); imports.add('java.util.Optional')
        elif kind == 'map':
            rt = f'Map<{ftype}>'; imports.add('java.util.Map')
        elif kind.startswith('default:'):
            rt = ftype
        d = fdoc[0].upper() + fdoc[1:]
        ret = {'req': 'the value', 'opt': 'the value, or empty when not stated', 'list': 'the list, empty when none',
               'optlist': 'the list, or empty when not stated', 'map': 'the map, empty when none'}.get(kind, 'the value')
        lines = [f'  /**', f'   * Returns {fdoc}.', f'   *', f'   * @return {ret}', f'   */']
        if kind.startswith('default:'):
            lines.append('  @Value.Default')
            if anno: lines.append('  ' + anno)
            lines.append(f'  public {rt} {fname}() {{')
            lines.append(f'    return {kind[8:]};')
            lines.append('  }')
        else:
            if anno: lines.append('  ' + anno)
            lines.append(f'  public abstract {rt} {fname}();')
        body.append('\n'.join(lines))
    if 'Optional' in methods: imports.add('java.util.Optional')
    impl = f'Immutable{name}'
    ext = ' implements Extensible' if extensible else ''
    docl = '\n'.join((' * ' + l).rstrip() for l in doc.split('\n'))
    src = f'''// Generated by tools/gen_model.py from its spec; edit the spec and run it again.
package org.productivityplan.model;

{chr(10).join(f"import {i};" for i in sorted(imports))}

/**
{docl}
 *
 * <p>Immutable and thread-safe. Build one with {{@link #builder()}}; copy one with {{@code
 * {name}.builder().from(value)}}.
 */
@Value.Immutable
public abstract class {name}{ext} {{

  {name}() {{}}

{chr(10).join(body)}
{methods}
  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {{
    return new Builder();
  }}

  /** Builds a {{@link {name}}}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends {impl}.Builder {{
    Builder() {{}}
  }}
}}
'''
    open(os.path.join(OUT, name + '.java'), 'w').write(src)
print(len(T), 'types')
