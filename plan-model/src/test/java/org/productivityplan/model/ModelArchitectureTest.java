package org.productivityplan.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The model stays a plain model: no JSON library, no validator implementation. */
class ModelArchitectureTest {

  private static final JavaClasses MODEL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.productivityplan.model");

  @Test
  void dependsOnlyOnTheJdkImmutablesJspecifyAndJakartaValidationConstraints() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "org.productivityplan.model..",
            "org.immutables.value..",
            "org.jspecify.annotations..",
            "jakarta.validation",
            "jakarta.validation.constraints..")
        .because("the model carries only annotations besides the JDK (issue 2)")
        .check(MODEL);
  }

  @Test
  void generatedImplementationsAreHidden() {
    classes()
        .that()
        .haveSimpleNameStartingWith("Immutable")
        .should()
        .notBePublic()
        .because("users reach generated classes only through Type.builder()")
        .check(MODEL);
  }

  @Test
  void noJsonLibraryNorValidatorImplementation() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml..", "org.hibernate..", "tools.jackson..")
        .check(MODEL);
  }
}
