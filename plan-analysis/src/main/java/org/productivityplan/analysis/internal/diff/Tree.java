package org.productivityplan.analysis.internal.diff;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Coded;
import org.productivityplan.model.Extensible;
import org.productivityplan.model.Money;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.RawJson;

/**
 * A plan as a tree, the shape of its JSON document: an element is a {@code Map} of property name
 * to value, a list of elements a {@code List}, and anything else a {@link Leaf}. Properties that
 * are absent, and lists that are empty and not optional (the model does not tell them from absent
 * ones), are left out; an optional list stated as empty (a barrier's asks {@code []}) is the leaf
 * {@link Leaf#STATED_EMPTY}.
 *
 * <p>The tree is read from the model's public accessors: every public, non-static, non-final
 * method without parameters that a model type declares is a property (its final methods, such as
 * {@code statusOrDraft()}, are derived and left out), and {@link Extensible#unknownProperties()}
 * adds the properties the format does not define, under their own names. A property added to the
 * model is therefore compared without a change here. Properties are in alphabetical order, so the
 * tree does not depend on the order in which the JVM lists methods.
 */
final class Tree {

  /** A value compared as a whole: its text for people, and the value itself for equality. */
  record Leaf(String text, Object value) {

    /** An optional list stated as empty, such as a barrier's asks {@code []}: "none". */
    static final Leaf STATED_EMPTY = new Leaf("[]", List.of());

    /** The amount, when this leaf is money. */
    Optional<Money> money() {
      return value instanceof Money ? Optional.of((Money) value) : Optional.empty();
    }
  }

  private static final String MODEL_PACKAGE = ProductivityPlan.class.getPackageName();

  private static final ClassValue<List<Method>> PROPERTIES =
      new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
          return properties(type);
        }
      };

  private Tree() {}

  /**
   * Returns the tree of a model value.
   *
   * @param value a plan or any value within one
   * @return a {@code Map}, a {@code List} or a {@link Leaf}; {@code null} for an absent value or a
   *     list that is empty and not optional
   */
  static @Nullable Object of(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Optional) {
      Optional<?> optional = (Optional<?>) value;
      if (optional.isEmpty()) {
        return null;
      }
      Object inner = optional.get();
      if (inner instanceof List && ((List<?>) inner).isEmpty()) {
        return Leaf.STATED_EMPTY;
      }
      return of(inner);
    }
    if (value instanceof List) {
      List<?> list = (List<?>) value;
      if (list.isEmpty()) {
        return null;
      }
      List<Object> items = new ArrayList<>(list.size());
      for (Object item : list) {
        Object tree = of(item);
        if (tree != null) {
          items.add(tree);
        }
      }
      return items;
    }
    if (value instanceof Map) {
      Map<String, Object> map = new LinkedHashMap<>();
      ((Map<?, ?>) value)
          .entrySet().stream()
              .map(e -> Map.entry(key(e.getKey()), e.getValue()))
              .sorted(Map.Entry.comparingByKey())
              .forEach(e -> put(map, e.getKey(), of(e.getValue())));
      return map.isEmpty() ? null : map;
    }
    if (value instanceof Coded) {
      return new Leaf(((Coded) value).code(), value);
    }
    if (value instanceof RawJson) {
      return new Leaf(((RawJson) value).json(), value);
    }
    if (value.getClass().getPackageName().equals(MODEL_PACKAGE) && value instanceof Extensible) {
      return element(value);
    }
    if (value instanceof BigDecimal) {
      return new Leaf(((BigDecimal) value).toPlainString(), value);
    }
    // Strings, booleans, dates, money and the model's other value types.
    return new Leaf(value.toString(), value);
  }

  private static Map<String, Object> element(Object element) {
    Map<String, Object> map = new TreeMap<>();
    for (Method property : PROPERTIES.get(element.getClass())) {
      put(map, property.getName(), of(invoke(property, element)));
    }
    ((Extensible) element).unknownProperties().forEach((name, json) -> put(map, name, of(json)));
    return new LinkedHashMap<>(map);
  }

  private static void put(Map<String, Object> map, String key, @Nullable Object tree) {
    if (tree != null) {
      map.put(key, tree);
    }
  }

  private static String key(Object key) {
    return key instanceof Coded ? ((Coded) key).code() : key.toString();
  }

  private static Object invoke(Method property, Object element) {
    try {
      return property.invoke(element);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + property, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("Reading " + property + " failed", e.getCause());
    }
  }

  /** The properties of a model type: the accessors its public model superclass declares. */
  private static List<Method> properties(Class<?> type) {
    Class<?> declaring = type;
    while (declaring != null && !Modifier.isPublic(declaring.getModifiers())) {
      declaring = declaring.getSuperclass();
    }
    if (declaring == null || !declaring.getPackageName().equals(MODEL_PACKAGE)) {
      return List.of();
    }
    return Arrays.stream(declaring.getDeclaredMethods())
        .filter(
            m ->
                Modifier.isPublic(m.getModifiers())
                    && !Modifier.isStatic(m.getModifiers())
                    && !Modifier.isFinal(m.getModifiers())
                    && m.getParameterCount() == 0
                    && m.getReturnType() != void.class
                    && !m.isSynthetic())
        .sorted(Comparator.comparing(Method::getName))
        .toList();
  }
}
