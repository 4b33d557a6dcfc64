package org.productivityplan.validation.internal.rules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.productivityplan.model.Coded;

/**
 * Resolves a JSON Pointer against a plan through the model's accessors (JSON names are accessor
 * names), so that tests can prove each pointer a rule reports names something a written document
 * holds: no misspelt property, no index out of range, no absent value and no empty list (which the
 * format omits), except an empty list inside a present {@code Optional} (a barrier's asks stated as
 * none, which the format writes as {@code []}).
 */
final class PointerResolver {

  private PointerResolver() {}

  /**
   * Resolves the pointer or throws an {@link AssertionError} saying which token failed.
   *
   * @return the value the pointer names
   */
  static Object resolve(Object root, String pointer) {
    if (pointer.isEmpty()) {
      return root;
    }
    Object current = root;
    boolean stated = false;
    String[] tokens = pointer.substring(1).split("/", -1);
    for (String raw : tokens) {
      String token = raw.replace("~1", "/").replace("~0", "~");
      current = step(current, token, pointer);
      stated = current instanceof Optional;
      if (current instanceof Optional<?> optional) {
        if (optional.isEmpty()) {
          throw new AssertionError("'" + token + "' is absent in pointer " + pointer);
        }
        current = optional.get();
      }
      if (current instanceof List<?> list && list.isEmpty() && !stated) {
        throw new AssertionError("'" + token + "' is an empty list, not written, in " + pointer);
      }
      if (current instanceof Map<?, ?> map && map.isEmpty()) {
        throw new AssertionError("'" + token + "' is an empty map, not written, in " + pointer);
      }
    }
    return current;
  }

  private static Object step(Object current, String token, String pointer) {
    if (current instanceof List<?> list) {
      int index;
      try {
        index = Integer.parseInt(token);
      } catch (NumberFormatException e) {
        throw new AssertionError("'" + token + "' is not an index in " + pointer, e);
      }
      if (index < 0 || index >= list.size()) {
        throw new AssertionError("Index " + index + " is out of range in " + pointer);
      }
      return list.get(index);
    }
    if (current instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Object key = entry.getKey();
        String code = key instanceof Coded coded ? coded.code() : String.valueOf(key);
        if (code.equals(token)) {
          return entry.getValue();
        }
      }
      throw new AssertionError("No key '" + token + "' in " + pointer);
    }
    Class<?> type = current.getClass();
    while (!Modifier.isPublic(type.getModifiers())) {
      type = type.getSuperclass();
    }
    try {
      Method accessor = type.getMethod(token);
      return accessor.invoke(current);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(
          "No property '" + token + "' on " + type.getSimpleName() + " in " + pointer, e);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError("Cannot read '" + token + "' in " + pointer, e);
    }
  }
}
