package org.productivityplan.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Coded;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.RecordStyleAccessors;

/**
 * The bridge to Jakarta Bean Validation: checks the constraints declared on the model and turns each
 * violation into a rule id, a JSON Pointer of JSON names and a message.
 *
 * <p>{@link #validate} checks them with the engine's own table of the standard constraints ({@code
 * FastConstraints}), without starting Hibernate Validator; only when a model type declares a
 * constraint that table does not know does it ask Hibernate Validator ({@link
 * #validateWithHibernate}), the reference both must agree with.
 *
 * <p>The model's accessors are named like record components ({@code gssCode()}, not {@code
 * getGssCode()}), which Hibernate Validator's default getter detection ignores; a constraint there
 * would silently check nothing. So the validator is configured with a {@link
 * GetterPropertySelectionStrategy} that takes every no-argument, non-void method as a property
 * named like the method, except the methods of {@link Object}. Property names are thus the accessor
 * names, which are the JSON names of the plan format.
 *
 * <p>Messages are interpolated by {@link ParameterMessageInterpolator} (no Expression Language
 * engine needed), in English. The validator is built once, on first use, and shared: it is
 * thread-safe.
 */
public final class BeanValidation {

  /** One violation, mapped. */
  public record Violation(String ruleId, String pointer, String message, List<Object> arguments) {}

  /**
   * Which rule a constraint of the model reports as.
   *
   * @param type the simple name of the model type declaring the constraint
   * @param property the property (accessor) it constrains
   * @param constraint the constraint annotation
   * @param ruleId the rule id its violations take
   * @param message the English message template; argument 0 is the invalid value, or the property's
   *     name when {@code nameAsArgument}
   * @param atParent whether the finding points at the element holding the property (a money or
   *     percentage value, as the rule reports it) rather than at the property
   * @param nameAsArgument whether argument 0 is the property's name rather than its value
   */
  public record Mapping(
      String type,
      String property,
      Class<? extends Annotation> constraint,
      String ruleId,
      String message,
      boolean atParent,
      boolean nameAsArgument) {}

  private static final List<Mapping> MAPPINGS =
      List.of(
          new Mapping(
              "Council",
              "gssCode",
              Pattern.class,
              "PP001",
              "GSS code '{0}' is not E06, E07, E08, E09 or E10 followed by six digits",
              false,
              false),
          new Mapping(
              "DocumentControl",
              "pageCount",
              Positive.class,
              "PP005",
              "Page count {0} is not a positive number",
              false,
              false),
          new Mapping(
              "Money",
              "amount",
              PositiveOrZero.class,
              "PP005",
              "Amount {0} is negative",
              true,
              false),
          new Mapping(
              "Percentage",
              "value",
              DecimalMin.class,
              "PP005",
              "Percentage {0}% is outside 0% to 100%",
              true,
              false),
          new Mapping(
              "Percentage",
              "value",
              DecimalMax.class,
              "PP005",
              "Percentage {0}% is outside 0% to 100%",
              true,
              false),
          new Mapping("*", "*", NotBlank.class, "PP007", "The {0} is blank", false, true));

  /** The council's own name is rule PP001's (the council is identified), not PP007's. */
  private static final String COUNCIL_NAME = "/council/name";

  private static final Set<String> RULE_IDS = Set.of("PP001", "PP005", "PP007");

  private BeanValidation() {}

  private static final class Holder {
    static final Validator VALIDATOR = build();
  }

  private static Validator build() {
    return Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        .messageInterpolator(
            new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
        .getterPropertySelectionStrategy(new RecordStyleAccessors())
        .buildValidatorFactory()
        .getValidator();
  }

  /**
   * Returns how the model's constraints map to rule ids.
   *
   * @return the mappings
   */
  public static List<Mapping> mappings() {
    return MAPPINGS;
  }

  /**
   * Returns the rule ids that constraints of the model map to.
   *
   * @return the ids
   */
  public static Set<String> ruleIds() {
    return RULE_IDS;
  }

  /**
   * Checks the constraints of a plan.
   *
   * @param plan the plan
   * @return the violations, each once
   */
  public static List<Violation> validate(ProductivityPlan plan) {
    Optional<List<FastConstraints.Raw>> fast = FastConstraints.validate(plan);
    if (fast.isPresent()) {
      List<FastConstraints.Raw> raws = fast.get();
      List<Violation> result = new ArrayList<>(raws.size());
      for (FastConstraints.Raw raw : raws) {
        result.add(map(raw.pointer(), raw.property(), raw.constraint(), raw.value(), ""));
      }
      return result;
    }
    return validateWithHibernate(plan);
  }

  /**
   * Checks the constraints of a plan with Hibernate Validator, the reference the fast path must
   * agree with.
   *
   * @param plan the plan
   * @return the violations, each once
   */
  public static List<Violation> validateWithHibernate(ProductivityPlan plan) {
    Set<ConstraintViolation<ProductivityPlan>> violations = Holder.VALIDATOR.validate(plan);
    List<Violation> result = new ArrayList<>(violations.size());
    for (ConstraintViolation<ProductivityPlan> violation : violations) {
      result.add(
          map(
              toPointer(violation.getPropertyPath()),
              lastPropertyName(violation.getPropertyPath()),
              violation.getConstraintDescriptor().getAnnotation().annotationType(),
              violation.getInvalidValue(),
              violation.getMessage()));
    }
    return result;
  }

  /**
   * Tells whether the fast path can check a plan without Hibernate Validator.
   *
   * @param plan the plan
   * @return whether it can
   */
  public static boolean isFast(ProductivityPlan plan) {
    return FastConstraints.validate(plan).isPresent();
  }

  private static Violation map(
      String pointer,
      @Nullable String property,
      Class<? extends Annotation> constraint,
      @Nullable Object value,
      String constraintMessage) {
    Object shown =
        value instanceof Optional ? ((Optional<?>) value).map(v -> (Object) v).orElse("") : value;
    for (Mapping mapping : MAPPINGS) {
      if ((mapping.property().equals("*") || mapping.property().equals(property))
          && mapping.constraint().equals(constraint)) {
        if (mapping.constraint() == NotBlank.class && pointer.equals(COUNCIL_NAME)) {
          return new Violation("PP001", pointer, "The council's name is blank", List.of());
        }
        String at =
            mapping.atParent()
                ? pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')))
                : pointer;
        Object argument = mapping.nameAsArgument() ? String.valueOf(property) : shown;
        return new Violation(
            mapping.ruleId(), at, mapping.message(), List.of(String.valueOf(argument)));
      }
    }
    return new Violation(
        EngineIds.CONSTRAINT_VIOLATED.id(),
        pointer,
        "'{0}' {1} (constraint @{2})",
        List.of(String.valueOf(shown), constraintMessage, constraint.getSimpleName()));
  }

  private static @Nullable String lastPropertyName(Path path) {
    String name = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PROPERTY) {
        name = node.getName();
      }
    }
    return name;
  }

  /**
   * Turns a property path into a JSON Pointer of JSON names: {@code
   * council.predecessors[1].gssCode} becomes {@code /council/predecessors/1/gssCode}; container
   * element nodes ({@code <list element>}, an {@code Optional}'s value) add only their index or
   * key.
   *
   * @param path the property path
   * @return the pointer
   */
  static String toPointer(Path path) {
    List<Object> tokens = new ArrayList<>();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          tokens.add(node.getIndex());
        } else if (node.getKey() != null) {
          Object key = node.getKey();
          tokens.add(key instanceof Coded ? ((Coded) key).code() : String.valueOf(key));
        }
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        tokens.add(node.getName());
      }
    }
    return JsonPointer.of(tokens.toArray());
  }
}
