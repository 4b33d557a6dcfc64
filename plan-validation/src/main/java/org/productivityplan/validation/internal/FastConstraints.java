package org.productivityplan.validation.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.productivityplan.validation.JsonPointer;

/**
 * Checks the model's standard Jakarta constraints without Hibernate Validator: the constraint
 * annotations of each model type are read by reflection once, into a small table per type
 * (accessor, simple checks, cascade), and a plan is then walked with those checks.
 *
 * <p>The Jakarta annotations stay the single declaration: a framework validating with Hibernate
 * Validator checks the same constraints. This path only knows {@code @NotBlank}, {@code @NotNull},
 * {@code @Pattern}, {@code @Positive}, {@code @PositiveOrZero}, {@code @DecimalMin}, {@code
 * @DecimalMax} and {@code @Valid} on no-argument accessors, directly or on the element of an {@code
 * Optional} or {@code List}, in the default group. When a type reached declares anything else
 * (another constraint, a group, a class-level constraint, a cascade through another container) or
 * the same object is reached twice with a violation, {@link #validate} answers empty and the caller
 * asks Hibernate Validator, whose answer is the reference.
 */
final class FastConstraints {

  /** A constraint check on one value; null values are passed as null. */
  private interface Check {
    boolean isValid(@Nullable Object value);
  }

  /** One constraint: its annotation type and its check. */
  private record Known(Class<? extends Annotation> type, Check check) {}

  /** How an accessor's value is reached: directly, or as the element of a container. */
  private enum Container {
    NONE,
    OPTIONAL,
    LIST
  }

  /**
   * One constrained or cascaded accessor.
   *
   * @param name the property name (the JSON name)
   * @param getter reads the property through its accessor
   * @param container how the checked and cascaded values are held
   * @param onValue the checks on the value itself
   * @param onElement the checks on the container's element
   * @param cascade whether the value (or each element) is validated in turn
   */
  private record Property(
      String name,
      Getter getter,
      Container container,
      Known[] onValue,
      Known[] onElement,
      boolean cascade,
      LastTable last) {

    Property(
        String name,
        Getter getter,
        Container container,
        Known[] onValue,
        Known[] onElement,
        boolean cascade) {
      this(name, getter, container, onValue, onElement, cascade, new LastTable());
    }

    /** The table of the type of the value (or element) it cascades to, found once per type. */
    Property[] tableOf(Class<?> type) throws Unsupported {
      Typed typed = last.typed;
      if (typed == null || typed.type() != type) {
        typed = new Typed(type, table(type));
        last.typed = typed;
      }
      return typed.properties();
    }
  }

  /**
   * The table of the type a property's values last had: a property's values are nearly always of
   * one type, so this saves a look-up in {@link #TABLES} for each object walked. Shared by threads
   * without a lock: a {@link Typed} is immutable, so a thread sees a whole one or another.
   */
  private static final class LastTable {
    @Nullable Typed typed;
  }

  /** A type and its table. */
  private record Typed(Class<?> type, Property[] properties) {}

  /** A type's table, or null when the type declares something this path does not know. */
  private record Table(Property @Nullable [] properties) {}

  private static final ClassValue<Table> TABLES =
      new ClassValue<>() {
        @Override
        protected Table computeValue(Class<?> type) {
          return read(type);
        }
      };

  private static final Object[] NO_ARGUMENTS = new Object[0];

  private static final Set<String> OBJECT_METHODS =
      Set.of(
          "hashCode", "toString", "getClass", "clone", "finalize", "notify", "notifyAll", "wait");

  /** Thrown inside a walk when Hibernate Validator must answer instead. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  private FastConstraints() {}

  /**
   * Checks the constraints reachable from a root object.
   *
   * @param root the object validated
   * @return the raw violations, or empty when Hibernate Validator must answer
   */
  static Optional<List<Raw>> validate(Object root) {
    Walk walk = new Walk();
    try {
      walk.bean(root, table(root.getClass()));
    } catch (Unsupported e) {
      return Optional.empty();
    }
    return Optional.of(walk.violations);
  }

  /**
   * One violation as found, before it is mapped to a rule.
   *
   * @param pointer the JSON Pointer of the property
   * @param property the property's name
   * @param constraint the constraint's annotation type
   * @param value the invalid value (an empty {@code Optional} as null)
   */
  record Raw(
      String pointer,
      String property,
      Class<? extends Annotation> constraint,
      @Nullable Object value) {}

  private static final class Walk {
    final List<Raw> violations = new ArrayList<>();
    /** The objects with a violation, found at or below them; usually none. */
    final Map<Object, Boolean> violated = new IdentityHashMap<>();

    /**
     * The path to the value being checked: property names, and array indexes (boxed only when a
     * violation's pointer is built).
     */
    private @Nullable String[] names = new String[16];

    private int[] indexes = new int[16];
    private int depth;

    private void push(@Nullable String name, int index) {
      if (depth == names.length) {
        names = Arrays.copyOf(names, depth * 2);
        indexes = Arrays.copyOf(indexes, depth * 2);
      }
      names[depth] = name;
      indexes[depth] = index;
      depth++;
    }

    private String pointer() {
      Object[] tokens = new Object[depth];
      for (int i = 0; i < depth; i++) {
        tokens[i] = names[i] != null ? names[i] : (Object) indexes[i];
      }
      return JsonPointer.of(tokens);
    }

    void bean(Object bean, Property[] properties) throws Unsupported {
      // Hibernate Validator validates an object once per validation: which path it reports a
      // shared object's violations at is its own business, so let it answer. A shared object
      // without a violation is simply checked again, and again finds none: the model is immutable
      // and has no cycles, so no object needs to be remembered but those with a violation.
      if (!violated.isEmpty() && violated.containsKey(bean)) {
        throw new Unsupported();
      }
      int before = violations.size();
      for (Property property : properties) {
        Object value;
        try {
          value = property.getter().get(bean);
        } catch (RuntimeException e) {
          throw new Unsupported();
        }
        push(property.name(), -1);
        check(property.onValue(), value, property.name());
        switch (property.container()) {
          case OPTIONAL -> {
            Object element = value == null ? null : ((Optional<?>) value).orElse(null);
            if (value != null) {
              check(property.onElement(), element, property.name());
            }
            if (property.cascade() && element != null) {
              bean(element, property.tableOf(element.getClass()));
            }
          }
          case LIST -> {
            if (value != null) {
              List<?> list = (List<?>) value;
              for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                if (property.onElement().length == 0
                    && (!property.cascade() || element == null)) {
                  continue;
                }
                push(null, i);
                check(property.onElement(), element, property.name());
                if (property.cascade() && element != null) {
                  bean(element, property.tableOf(element.getClass()));
                }
                depth--;
              }
            }
          }
          case NONE -> {
            if (property.cascade() && value != null) {
              bean(value, property.tableOf(value.getClass()));
            }
          }
        }
        depth--;
      }
      if (violations.size() > before) {
        violated.put(bean, Boolean.TRUE);
      }
    }

    void check(Known[] checks, @Nullable Object value, String name) throws Unsupported {
      for (Known known : checks) {
        boolean valid;
        try {
          valid = known.check().isValid(value);
        } catch (ClassCastException e) {
          throw new Unsupported();
        }
        if (!valid) {
          violations.add(new Raw(pointer(), name, known.type(), value));
        }
      }
    }
  }

  /** Reads one property of an object. */
  private interface Getter {
    @Nullable Object get(Object bean) throws Unsupported;
  }

  /**
   * Returns how to read a property: a getter made for the public accessor once, as a lambda would
   * be (a call as cheap as a direct one), or reflection when none can be made. What the accessor
   * throws is thrown as it is.
   */
  private static Getter getter(Method method) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle accessor = lookup.unreflect(method);
      Class<?> returned = method.getReturnType();
      Class<?> boxed =
          returned.isPrimitive() ? MethodType.methodType(returned).wrap().returnType() : returned;
      CallSite site =
          LambdaMetafactory.metafactory(
              lookup,
              "get",
              MethodType.methodType(Getter.class),
              MethodType.methodType(Object.class, Object.class),
              accessor,
              MethodType.methodType(boxed, method.getDeclaringClass()));
      return (Getter) site.getTarget().invoke();
    } catch (Throwable e) {
      return bean -> get(method, bean);
    }
  }

  private static @Nullable Object get(Method method, Object bean) throws Unsupported {
    try {
      return method.invoke(bean, NO_ARGUMENTS);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new Unsupported();
    }
  }

  private static Property[] table(Class<?> type) throws Unsupported {
    Table table = TABLES.get(type);
    if (table.properties() == null) {
      throw new Unsupported();
    }
    return table.properties();
  }

  private static Table read(Class<?> type) {
    try {
      return new Table(properties(type));
    } catch (Unsupported e) {
      return new Table(null);
    }
  }

  /** Reads a type's constrained accessors, over its classes and interfaces. */
  private static Property[] properties(Class<?> type) throws Unsupported {
    Map<String, List<Method>> declarations = new LinkedHashMap<>();
    List<Class<?>> types = new ArrayList<>();
    hierarchy(type, types);
    for (Class<?> declaring : types) {
      if (hasConstraint(declaring.getDeclaredAnnotations())) {
        throw new Unsupported();
      }
      for (Method method : declaring.getDeclaredMethods()) {
        if (Modifier.isStatic(method.getModifiers())
            || method.isSynthetic()
            || method.isBridge()
            || method.getParameterCount() != 0
            || method.getReturnType() == void.class
            || OBJECT_METHODS.contains(method.getName())) {
          continue;
        }
        declarations.computeIfAbsent(method.getName(), k -> new ArrayList<>()).add(method);
      }
    }
    List<Property> properties = new ArrayList<>();
    for (Map.Entry<String, List<Method>> entry : declarations.entrySet()) {
      Property property = property(entry.getValue());
      if (property != null) {
        properties.add(property);
      }
    }
    return properties.toArray(new Property[0]);
  }

  private static void hierarchy(@Nullable Class<?> type, List<Class<?>> into) {
    if (type == null || type == Object.class || into.contains(type)) {
      return;
    }
    into.add(type);
    hierarchy(type.getSuperclass(), into);
    for (Class<?> implemented : type.getInterfaces()) {
      hierarchy(implemented, into);
    }
  }

  private static @Nullable Property property(List<Method> declarations) throws Unsupported {
    List<Known> onValue = new ArrayList<>();
    List<Known> onElement = new ArrayList<>();
    boolean cascade = false;
    Container container = Container.NONE;
    Method accessible = null;
    for (Method method : declarations) {
      for (Annotation annotation : method.getDeclaredAnnotations()) {
        if (annotation instanceof Valid) {
          cascade = true;
        } else {
          Known known = known(annotation);
          if (known != null) {
            onValue.add(known);
          }
        }
      }
      AnnotatedType returned = method.getAnnotatedReturnType();
      if (returned instanceof AnnotatedParameterizedType parameterized) {
        for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
          for (Annotation annotation : argument.getDeclaredAnnotations()) {
            if (annotation instanceof Valid) {
              cascade = true;
            } else {
              Known known = known(annotation);
              if (known == null) {
                continue;
              }
              onElement.add(known);
            }
            container = containerOf(method.getReturnType());
          }
        }
      } else {
        // A constraint that may be put on a method and a type use is seen in both places.
        List<Annotation> onMethod = List.of(method.getDeclaredAnnotations());
        for (Annotation annotation : returned.getDeclaredAnnotations()) {
          if (!onMethod.contains(annotation) && hasConstraint(new Annotation[] {annotation})) {
            throw new Unsupported();
          }
        }
      }
      if (accessible == null
          && Modifier.isPublic(method.getModifiers())
          && Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
        accessible = method;
      }
    }
    if (onValue.isEmpty() && onElement.isEmpty() && !cascade) {
      return null;
    }
    Method first = declarations.get(0);
    if (accessible == null) {
      throw new Unsupported();
    }
    if (container == Container.NONE && cascade) {
      Class<?> returnType = first.getReturnType();
      if (Iterable.class.isAssignableFrom(returnType)
          || Map.class.isAssignableFrom(returnType)
          || Optional.class.isAssignableFrom(returnType)
          || returnType.isArray()) {
        // A cascade through a container declared on the accessor itself: leave it to Hibernate.
        throw new Unsupported();
      }
    }
    if (container != Container.NONE && !onValue.isEmpty()) {
      throw new Unsupported();
    }
    return new Property(
        AccessorNames.property(first.getName()),
        getter(accessible),
        container,
        onValue.toArray(new Known[0]),
        onElement.toArray(new Known[0]),
        cascade);
  }

  private static Container containerOf(Class<?> type) throws Unsupported {
    if (type == Optional.class) {
      return Container.OPTIONAL;
    }
    if (type == List.class) {
      return Container.LIST;
    }
    throw new Unsupported();
  }

  private static boolean hasConstraint(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof Valid
          || annotation.annotationType().isAnnotationPresent(Constraint.class)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the check of a standard constraint, null for a non-constraint, or gives up. */
  private static @Nullable Known known(Annotation annotation) throws Unsupported {
    if (!annotation.annotationType().isAnnotationPresent(Constraint.class)) {
      return null;
    }
    if (annotation instanceof NotBlank a && defaultGroup(a.groups(), a.payload())) {
      return new Known(NotBlank.class, v -> v != null && !v.toString().isBlank());
    }
    if (annotation instanceof NotNull a && defaultGroup(a.groups(), a.payload())) {
      return new Known(NotNull.class, v -> v != null);
    }
    if (annotation instanceof Pattern a
        && defaultGroup(a.groups(), a.payload())
        && a.flags().length == 0) {
      java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(a.regexp());
      return new Known(
          Pattern.class, v -> v == null || pattern.matcher((CharSequence) v).matches());
    }
    if (annotation instanceof Positive a && defaultGroup(a.groups(), a.payload())) {
      return new Known(Positive.class, v -> v == null || signum(v) > 0);
    }
    if (annotation instanceof PositiveOrZero a && defaultGroup(a.groups(), a.payload())) {
      return new Known(PositiveOrZero.class, v -> v == null || signum(v) >= 0);
    }
    if (annotation instanceof DecimalMin a && defaultGroup(a.groups(), a.payload())) {
      return bound(DecimalMin.class, a.value(), a.inclusive(), 1);
    }
    if (annotation instanceof DecimalMax a && defaultGroup(a.groups(), a.payload())) {
      return bound(DecimalMax.class, a.value(), a.inclusive(), -1);
    }
    throw new Unsupported();
  }

  /**
   * A decimal bound: {@code side} 1 for a minimum (values above it are valid), -1 for a maximum.
   */
  private static Known bound(
      Class<? extends Annotation> type, String limit, boolean inclusive, int side) {
    BigDecimal bound = new BigDecimal(limit);
    return new Known(
        type,
        v -> {
          if (v == null) {
            return true;
          }
          int c = decimal(v).compareTo(bound) * side;
          return inclusive ? c >= 0 : c > 0;
        });
  }

  private static boolean defaultGroup(Class<?>[] groups, Class<?>[] payload) {
    return groups.length == 0 && payload.length == 0;
  }

  private static int signum(Object value) {
    if (value instanceof BigDecimal d) {
      return d.signum();
    }
    if (value instanceof BigInteger i) {
      return i.signum();
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      return Long.signum(((Number) value).longValue());
    }
    // Floating point and other types: Hibernate Validator's own rules apply.
    throw new ClassCastException();
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    throw new ClassCastException();
  }
}
