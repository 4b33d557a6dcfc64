/**
 * The rule engine: checks a plan against the 2024 guidance rule by rule ({@code dluhc-2024}), with
 * Bean Validation for field constraints, configurable severities and suppressions, and reports as
 * text, JSON and SARIF 2.1.0.
 */
module org.productivityplan.validation {
  requires transitive org.productivityplan.model;
  requires transitive org.hibernate.validator;
  requires com.fasterxml.jackson.core;

  exports org.productivityplan.validation;
  // Hibernate Validator instantiates the validator of @ConformsTo.
  exports org.productivityplan.validation.internal to
      org.hibernate.validator;

  uses org.productivityplan.validation.RuleProvider;
}
