package org.productivityplan.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.productivityplan.validation.internal.AccessorNames;

/**
 * Makes Hibernate Validator see the model's constraints: the model's accessors are named like
 * record components ({@code gssCode()}, not {@code getGssCode()}), which Hibernate Validator's
 * default getter detection ignores, so a constraint there would silently check nothing. This
 * strategy takes every no-argument, non-void method as a property named like the method, except the
 * methods of {@link Object}; property names are then the JSON names of the plan format.
 *
 * <p>{@link PlanValidator} uses it itself. To validate the model's field constraints with your own
 * Hibernate Validator, name it in {@code META-INF/validation.xml} or the bootstrap:
 *
 * <pre>{@code
 * Validator validator = Validation.byProvider(HibernateValidator.class).configure()
 *     .getterPropertySelectionStrategy(new RecordStyleAccessors())
 *     .buildValidatorFactory().getValidator();
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class RecordStyleAccessors implements GetterPropertySelectionStrategy {

  private static final Set<String> OBJECT_METHODS =
      Set.of(
          "hashCode", "toString", "getClass", "clone", "finalize", "notify", "notifyAll", "wait");

  /** Creates the strategy; Hibernate Validator may create it by name. */
  public RecordStyleAccessors() {}

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || OBJECT_METHODS.contains(executable.getName())) {
      return Optional.empty();
    }
    // JavaBeans getters of the caller's own classes keep their usual names: getPlan() is "plan".
    return Optional.of(AccessorNames.property(executable.getName()));
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    String capitalised = Character.toUpperCase(propertyName.charAt(0)) + propertyName.substring(1);
    return List.of(propertyName, "get" + capitalised, "is" + capitalised, "has" + capitalised);
  }
}
