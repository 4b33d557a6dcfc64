package org.productivityplan.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclaration;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.productivityplan.model.ProductivityPlan;

/**
 * The JUnit 5 arguments provider behind {@link ExamplePlansSource}; JUnit creates and uses it, so
 * tests name the annotation rather than this class.
 *
 * <p>Not thread-safe, as JUnit expects: one instance serves one annotated test.
 */
public final class ExamplePlansArgumentsProvider
    implements ArgumentsProvider, AnnotationConsumer<ExamplePlansSource> {

  private @Nullable ExamplePlansSource source;

  /** Creates a provider; JUnit then hands it the annotation. */
  public ExamplePlansArgumentsProvider() {}

  /**
   * Takes the annotation that configures this provider.
   *
   * @param annotation the annotation on the test
   */
  @Override
  public void accept(ExamplePlansSource annotation) {
    this.source = Objects.requireNonNull(annotation, "annotation");
  }

  /**
   * Provides one argument per selected fixture, named after the fixture, of the type the test's
   * first parameter asks for.
   *
   * @param parameters the test's parameters
   * @param context the test's context
   * @return the arguments
   */
  @Override
  public Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context) {
    ExamplePlansSource annotation =
        Objects.requireNonNull(source, "the provider was not given its @ExamplePlansSource");
    Class<?> type =
        parameters.getFirst().map(ParameterDeclaration::getParameterType).orElse(Example.class);
    String where = parameters.getSourceElementDescription();
    if (type != Example.class && type != ProductivityPlan.class && type != String.class) {
      throw new IllegalArgumentException(
          "@ExamplePlansSource feeds a ProductivityPlan, an Example or a String (the JSON), but"
              + " the first parameter of " + where + " is a " + type.getName());
    }
    List<Example> selected = select(annotation, type == ProductivityPlan.class, where);
    if (selected.isEmpty()) {
      throw new IllegalArgumentException(
          "@ExamplePlansSource on " + where + " selects no fixture: set real, synthetic or names");
    }
    return selected.stream()
        .map(example -> Arguments.of(Named.of(example.name(), value(example, type))));
  }

  private static List<Example> select(ExamplePlansSource annotation, boolean asPlan, String where) {
    List<Example> selected = new ArrayList<>();
    if (annotation.names().length > 0) {
      for (String name : annotation.names()) {
        Example example = ExamplePlans.example(name);
        if (asPlan && !example.isReadable()) {
          throw new IllegalArgumentException(
              "@ExamplePlansSource on " + where + " names '" + name + "', a fixture made to be "
                  + "refused by a reader, for a ProductivityPlan parameter; take an Example or a "
                  + "String (the JSON) instead");
        }
        selected.add(example);
      }
      return selected;
    }
    if (annotation.real()) {
      selected.addAll(ExamplePlans.realExamples());
    }
    if (annotation.synthetic()) {
      for (Example example : ExamplePlans.syntheticExamples()) {
        if (!asPlan || example.isReadable()) {
          selected.add(example);
        }
      }
    }
    return selected;
  }

  private static Object value(Example example, Class<?> type) {
    if (type == ProductivityPlan.class) {
      return example.plan();
    }
    if (type == String.class) {
      return example.json();
    }
    return example;
  }
}
