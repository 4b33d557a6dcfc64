/**
 * The domain model of a council productivity plan: immutable types with builders, and the value
 * types they need. Depends on no JSON library and no validator implementation.
 */
// The Immutables annotations are read at compile time only (requires static): their jar is an
// automatic module, which is fine for a dependency that users never have.
@SuppressWarnings("requires-automatic")
module org.productivityplan.model {
  requires static org.immutables.value.annotations;
  requires transitive org.jspecify;
  requires transitive jakarta.validation;

  exports org.productivityplan.model;
}
