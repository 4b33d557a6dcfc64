package org.productivityplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.example.plans.PlansResource;
import org.example.plans.SubmitPlanRequest;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Council;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.RecordStyleAccessors;
import org.productivityplan.validation.ValidationConfig;
import org.productivityplan.validation.ValidationReport;

/**
 * Keeps docs/validation.md true: its consumer-side examples are these test sources, word for word,
 * and they work with a plain Hibernate Validator; its configuration example matches findings of a
 * bundled plan.
 */
class ValidationDocsTest {

  private static final Path DOC = Path.of("..", "docs", "validation.md");

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  /** The body of a test source from its first import on, as the docs quote it. */
  private static String quoted(Class<?> type) throws IOException {
    Path source = Path.of("src", "test", "java", type.getName().replace('.', '/') + ".java");
    String text = Files.readString(source, StandardCharsets.UTF_8);
    return text.substring(text.indexOf("import "));
  }

  @Test
  void theDocsQuoteTheConsumerExamplesWordForWord() throws IOException {
    assertThat(doc())
        .contains(quoted(SubmitPlanRequest.class))
        .contains(quoted(PlansResource.class));
  }

  private static Validator plainValidator() {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .getterPropertySelectionStrategy(new RecordStyleAccessors())
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }

  @Test
  void aConformingPlanPassesAPlainHibernateValidator() {
    Set<ConstraintViolation<SubmitPlanRequest>> violations =
        plainValidator().validate(new SubmitPlanRequest(ExamplePlans.somerset2024()));
    assertThat(violations).isEmpty();
  }

  @Test
  void eachErrorIsOneViolationWithItsRuleIdAndPath() {
    ProductivityPlan bad =
        ProductivityPlan.builder()
            .from(ExamplePlans.somerset2024())
            .council(Council.builder().name("Somerset Council").gssCode("X06000066").build())
            .build();
    ValidationReport report = PlanValidator.standard().validate(bad);

    Set<ConstraintViolation<SubmitPlanRequest>> violations =
        plainValidator().validate(new SubmitPlanRequest(bad));

    // The field constraint (@Pattern through @Valid) and the guidance (@ConformsTo) both see it.
    List<ConstraintViolation<SubmitPlanRequest>> conformance =
        violations.stream().filter(v -> v.getMessage().startsWith("[")).toList();
    assertThat(conformance).hasSize(report.count(org.productivityplan.model.Severity.ERROR));
    ConstraintViolation<SubmitPlanRequest> violation =
        conformance.stream()
            .filter(v -> v.getMessage().startsWith("[PP001]"))
            .findFirst()
            .orElseThrow();
    assertThat(violation.getPropertyPath().toString()).isEqualTo("plan.council.gssCode");
    HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
    assertThat(hibernate.getDynamicPayload(String.class)).isEqualTo("PP001");
    assertThat(violations)
        .anySatisfy(
            v -> {
              assertThat(v.getPropertyPath().toString()).isEqualTo("plan.council.gssCode");
              assertThat(v.getMessage()).doesNotStartWith("[");
            });
  }

  @Test
  void theConfigurationExampleMatchesFindingsOfABundledPlan() throws IOException {
    Matcher json =
        Pattern.compile("```json\\n(\\{\\n  \"\\$schema\".*?)```", Pattern.DOTALL).matcher(doc());
    assertThat(json.find()).as("the configuration example in docs/validation.md").isTrue();
    ValidationConfig config = ValidationConfig.parse(json.group(1));
    assertThat(config.suppressions()).isNotEmpty();

    ValidationReport report =
        PlanValidator.builder()
            .configuration(config)
            .build()
            .validate(ExamplePlans.somerset2024(), List.of(), "plans/somerset-2024.json");

    assertThat(report.unusedSuppressions()).isEmpty();
    assertThat(report.suppressedCount()).isGreaterThanOrEqualTo(config.suppressions().size());
  }
}
