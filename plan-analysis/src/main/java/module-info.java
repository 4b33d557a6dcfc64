/**
 * Analysis of plans: what changed between two versions, how KPIs and milestones are doing, and the review panel's view across many plans (never a ranking).
 */
module org.productivityplan.analysis {
  requires transitive org.productivityplan.model;
  requires transitive org.productivityplan.validation;
  requires com.fasterxml.jackson.core;
  requires org.apache.commons.csv;

  exports org.productivityplan.analysis;
}
