/** Versioned JSON import and export of plans (format 1.0), with its JSON Schema. */
module org.productivityplan.io {
  requires transitive org.productivityplan.model;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports org.productivityplan.io;
}
