package org.productivityplan.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The analysis works on plans in memory: it never reads or writes plan files itself. */
class AnalysisArchitectureTest {

  private static final JavaClasses ANALYSIS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.productivityplan.analysis");

  @Test
  void doesNotDependOnPlanIo() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.productivityplan.io..", "org.productivityplan.examples..")
        .because("plan-analysis depends on plan-model and plan-validation only (issue 14)")
        .check(ANALYSIS);
  }

  @Test
  void thePublicPackageDoesNotLeakJackson() {
    noClasses()
        .that()
        .resideInAPackage("org.productivityplan.analysis")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml..")
        .because("JSON is written in the internal packages; the API speaks in model types and text")
        .check(ANALYSIS);
  }
}
