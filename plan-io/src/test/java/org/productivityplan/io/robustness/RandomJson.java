package org.productivityplan.io.robustness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random JSON values for tests, as {@link JsonTree} nodes. */
final class RandomJson {

  private static final String[] PIECES = {
    "a", "b", "Z", "0", " ", "plan", "£", "é", "—", "\"", "\\", "/", "\n", "\t", "\u0001", "\u007f",
    "\uD83D\uDE00", "~", "{", "}", "[", ",", ":", "null", "true", "1e3", "ü", "中"
  };

  private RandomJson() {}

  /** A string of up to 12 random pieces: quotes, escapes, controls, accents, an emoji. */
  static String string(Random r) {
    StringBuilder s = new StringBuilder();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      s.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return s.toString();
  }

  /** A number as canonical output writes it: a plain decimal, no exponent. */
  static JsonTree.Num canonicalNumber(Random r) {
    switch (r.nextInt(5)) {
      case 0:
        return new JsonTree.Num(Integer.toString(r.nextInt(1000)));
      case 1:
        return new JsonTree.Num(Long.toString(r.nextLong()));
      case 2:
        return new JsonTree.Num("-" + (1 + r.nextInt(99)) + "." + (1 + r.nextInt(9)));
      case 3:
        return new JsonTree.Num("123456789012345678901234567890." + r.nextInt(10) + "5");
      default:
        return new JsonTree.Num("0.0" + (1 + r.nextInt(9)));
    }
  }

  /** A number as a person or another system might write it: exponents, signs, zeros, extremes. */
  static JsonTree.Num anyNumber(Random r) {
    String[] odd = {
      "1e3", "1E+2", "2.5e-3", "-0", "-0.0", "0.10", "1e400", "1e-400", "9223372036854775808",
      "-9223372036854775809", "1.7976931348623157e309", "4.9e-325", "100.000", "3", "-1", "0"
    };
    return r.nextBoolean() ? canonicalNumber(r) : new JsonTree.Num(odd[r.nextInt(odd.length)]);
  }

  /** A canonical value of up to the given depth. */
  static Object value(Random r, int depth) {
    return value(r, depth, false);
  }

  /** A value of up to the given depth; odd numbers when asked. */
  static Object value(Random r, int depth, boolean oddNumbers) {
    int kind = r.nextInt(depth > 0 ? 7 : 5);
    switch (kind) {
      case 0:
        return string(r);
      case 1:
        return oddNumbers ? anyNumber(r) : canonicalNumber(r);
      case 2:
        return r.nextBoolean();
      case 3:
        return JsonTree.NULL;
      case 4:
        return string(r);
      case 5: {
        Map<String, Object> o = new LinkedHashMap<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          o.put("k" + i + string(r), value(r, depth - 1, oddNumbers));
        }
        return o;
      }
      default: {
        List<Object> a = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          a.add(value(r, depth - 1, oddNumbers));
        }
        return a;
      }
    }
  }
}
