/**
 * Versioned JSON import and export of plans (format 1.0), with its JSON Schema. Reads with Jackson's
 * streaming parser only: no data binding, so no polymorphic or default typing, and no network.
 */
module org.productivityplan.io {
  requires transitive org.productivityplan.model;
  requires transitive com.fasterxml.jackson.core;

  exports org.productivityplan.io;
}
