/** Faithful fixtures of real 2024 productivity plans, and helpers for users' test suites. */
module org.productivityplan.examples {
  requires transitive org.productivityplan.model;
  requires transitive org.productivityplan.io;
  requires transitive org.productivityplan.validation;
  requires static transitive org.junit.jupiter.params;

  exports org.productivityplan.examples;
}
