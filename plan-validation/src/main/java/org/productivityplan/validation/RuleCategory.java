package org.productivityplan.validation;

/** The sections of the rule catalogue, in the order of the guidance specification. */
public enum RuleCategory {
  /** The plan's data is coherent: identity, unique ids, references, dates, ranges. */
  INTEGRITY,
  /** The four themes are addressed. */
  THEMES,
  /** Transformation done and planned, with milestones and benefits. */
  TRANSFORMATION,
  /** Technology and data initiatives. */
  TECHNOLOGY_AND_DATA,
  /** Spend on consultants, agency staff, EDI and facility time. */
  SPECIFIED_SPEND,
  /** Barriers and asks of government. */
  BARRIERS,
  /** Monitoring, KPIs and progress. */
  MONITORING,
  /** Endorsement, submission and publication. */
  GOVERNANCE,
  /** The council's context and the golden thread. */
  CONTEXT
}
