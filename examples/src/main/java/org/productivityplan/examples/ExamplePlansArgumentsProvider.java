package org.productivityplan.examples;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
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
   * <p>This is the method every JUnit version from 5.10 on calls (from 5.13 through the default
   * {@code provideArguments(ParameterDeclarations, ExtensionContext)}). The provider does not
   * name {@code ParameterDeclarations}, new in 5.13, so that it loads under JUnit 5.10 to 5.12.
   *
   * @param context the test's context
   * @return the arguments
   */
  @Override
  @SuppressWarnings("deprecation") // deprecated from JUnit 5.13, kept for 5.10 to 5.12
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    ExamplePlansSource annotation =
        Objects.requireNonNull(source, "the provider was not given its @ExamplePlansSource");
    Site site = Site.of(context);
    Class<?> type = site.firstParameterType();
    if (type != Example.class && type != ProductivityPlan.class && type != String.class) {
      throw new IllegalArgumentException(
          "@ExamplePlansSource feeds a ProductivityPlan, an Example or a String (the JSON), but"
              + " the first parameter of " + site.description + " is a " + type.getName());
    }
    List<Example> selected = select(annotation, type == ProductivityPlan.class, site.description);
    if (selected.isEmpty()) {
      throw new IllegalArgumentException(
          "@ExamplePlansSource on " + site.description
              + " selects no fixture: set real, synthetic or names");
    }
    return selected.stream()
        .map(example -> Arguments.of(Named.of(example.name(), value(example, type))));
  }

  /**
   * What the arguments are for: a {@code @ParameterizedTest} method, or (JUnit 5.13 and later) a
   * {@code @ParameterizedClass}, whose first parameter is its constructor's first parameter or its
   * field annotated {@code @Parameter(0)}.
   */
  private record Site(String description, @Nullable Executable executable, Class<?> testClass) {

    private static final String PARAMETER = "org.junit.jupiter.params.Parameter";

    static Site of(ExtensionContext context) {
      Optional<Method> method = context.getTestMethod();
      if (method.isPresent()) {
        Method m = method.get();
        return new Site("method " + m.getDeclaringClass().getName() + "#" + m.getName() + "("
            + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ")) + ")", m, m.getDeclaringClass());
      }
      Class<?> testClass = context.getRequiredTestClass();
      Constructor<?>[] constructors = testClass.getDeclaredConstructors();
      return new Site("class " + testClass.getName(),
          constructors.length == 1 ? constructors[0] : null, testClass);
    }

    /** The type of the first parameter; {@link Example} when there is none. */
    Class<?> firstParameterType() {
      if (executable instanceof Method) {
        return executable.getParameterCount() > 0 ? executable.getParameterTypes()[0] : Example.class;
      }
      for (Field field : testClass.getDeclaredFields()) {
        for (Annotation a : field.getAnnotations()) {
          if (a.annotationType().getName().equals(PARAMETER) && index(a) == 0) {
            return field.getType();
          }
        }
      }
      return executable != null && executable.getParameterCount() > 0
          ? executable.getParameterTypes()[0]
          : Example.class;
    }

    private static int index(Annotation parameter) {
      try {
        return (Integer) parameter.annotationType().getMethod("value").invoke(parameter);
      } catch (ReflectiveOperationException e) {
        return -1;
      }
    }
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
