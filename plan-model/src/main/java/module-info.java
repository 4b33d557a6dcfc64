/**
 * The domain model of a council productivity plan: immutable types with builders, and the value
 * types they need. Depends on no JSON library and no validator implementation.
 */
module org.productivityplan.model {
  requires static org.immutables.value.annotations;
  requires transitive org.jspecify;
  requires transitive jakarta.validation;

  exports org.productivityplan.model;
}
