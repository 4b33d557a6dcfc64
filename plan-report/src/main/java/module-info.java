/**
 * Self-contained HTML reports of a plan and its validation, for councillors and the public, and
 * of the review panel's summary across many plans.
 */
@SuppressWarnings("requires-automatic")
module org.productivityplan.report {
  requires transitive org.productivityplan.model;
  requires transitive org.productivityplan.validation;
  requires transitive org.productivityplan.analysis;
  // jte's runtime, an automatic module: the templates are precompiled, so no compiler is needed.
  requires gg.jte.runtime;
  // The precompiled templates carry @javax.annotation.processing.Generated, a source-only annotation.
  requires static java.compiler;

  exports org.productivityplan.report;

  // jte finds the precompiled templates by reflection.
  opens org.productivityplan.report.internal.templates to gg.jte.runtime;
}
