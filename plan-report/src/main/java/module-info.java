/**
 * Self-contained HTML reports of a plan and its validation, for councillors and the public.
 */
module org.productivityplan.report {
  requires transitive org.productivityplan.model;
  requires transitive org.productivityplan.validation;
  // exports org.productivityplan.report; (added with the package's first public type)
}
