/**
 * A Jackson module for the Productivity Plan SDK: plans, values and validation reports through any ObjectMapper.
 */
module org.productivityplan.jackson {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive org.productivityplan.io;
  requires transitive org.productivityplan.validation;
  exports org.productivityplan.jackson;

  provides com.fasterxml.jackson.databind.Module with
      org.productivityplan.jackson.PlanModule;
}
