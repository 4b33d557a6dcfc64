package org.productivityplan.examples.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.productivityplan.examples.robustness.Tokens.Kind;
import org.productivityplan.examples.robustness.Tokens.Token;

/**
 * The mutations the fuzz tests apply to the real fixtures, one plain function {@code (fixture,
 * random) -> mutated bytes} per kind of damage. Each is deterministic for a given random source.
 */
enum Mutators {
  /** Flips one to eight random bits. */
  BYTE_FLIPS((doc, r) -> {
    byte[] b = doc.clone();
    int flips = 1 + r.nextInt(8);
    for (int i = 0; i < flips; i++) {
      int at = r.nextInt(b.length);
      b[at] ^= (byte) (1 << r.nextInt(8));
    }
    return b;
  }),

  /** Cuts the document at a random place. */
  TRUNCATION((doc, r) -> java.util.Arrays.copyOf(doc, r.nextInt(doc.length))),

  /** Deletes one to three random tokens, or whole members (name, colon, value and comma). */
  DELETED_TOKENS((doc, r) -> {
    String s = text(doc);
    int n = 1 + r.nextInt(3);
    boolean members = r.nextBoolean();
    for (int k = 0; k < n; k++) {
      List<Token> t = Tokens.of(s);
      int from = r.nextInt(t.size());
      int to = from;
      if (members) {
        List<Integer> names = new java.util.ArrayList<>();
        for (int i = 1; i < t.size(); i++) {
          if (Tokens.isName(t, i) && t.get(i - 1).kind == Kind.COMMA) {
            names.add(i);
          }
        }
        if (!names.isEmpty()) {
          // From the comma before the name to the end of the value.
          int name = names.get(r.nextInt(names.size()));
          from = name - 1;
          to = Tokens.valueEnd(t, name + 2);
        }
      }
      s = s.substring(0, t.get(from).start) + s.substring(t.get(to).end);
    }
    return bytes(s);
  }),

  /** Replaces a value with one of another JSON type. */
  SWAPPED_TYPES((doc, r) -> replaceValue(doc, r, 1 + r.nextInt(3), (old, rr) -> {
    String[] others = {"\"text\"", "42", "-3.5", "true", "false", "{}", "[]", "{\"a\": 1}", "[\"x\", 2]", "\"\""};
    String pick;
    do {
      pick = others[rr.nextInt(others.length)];
    } while (pick.charAt(0) == old.charAt(0));
    return pick;
  })),

  /** Replaces numbers with huge, tiny, long and negative ones. */
  EXTREME_NUMBERS((doc, r) -> replaceToken(doc, r, Kind.NUMBER, 1 + r.nextInt(3), (old, rr) -> {
    String[] odd = {
      "1e999999999", "-1e-999999999", "1e308", "4.9e-324", "123456789012345678901234567890",
      "0.000000000000000000000000000001", "-0", "-0.0", "9".repeat(100), "9".repeat(101),
      "1" + "0".repeat(99) + ".5", "2147483648", "-2147483649", "1E+2", "1e9999999999"
    };
    return odd[rr.nextInt(odd.length)];
  })),

  /** Replaces a string with a very long one: from thousands of characters to past the limit. */
  LONG_STRINGS((doc, r) -> replaceToken(doc, r, Kind.STRING, 1, (old, rr) -> {
    // Mostly long strings within the limit of 1,000,000 characters; now and then one at or past it.
    int[] lengths = {1_000, 10_000, 100_000, 999_999, 1_000_000, 1_000_001};
    int n = rr.nextInt(8) == 0 ? lengths[3 + rr.nextInt(3)] : lengths[rr.nextInt(3)];
    return "\"" + "é".repeat(n / 2) + "x".repeat(n - n / 2) + "\"";
  })),

  /** Wraps a value in many levels of arrays and objects. */
  DEEP_NESTING((doc, r) -> replaceValue(doc, r, 1, (old, rr) -> {
    int depth = 1 + rr.nextInt(rr.nextBoolean() ? 70 : 2000);
    StringBuilder s = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      boolean object = rr.nextBoolean();
      s.append(object ? "{\"k\": " : "[");
      close.insert(0, object ? "}" : "]");
    }
    return s + old + close;
  })),

  /** Inserts bytes that are not UTF-8: a lone continuation, an overlong form, a surrogate, 0xFF. */
  INVALID_UTF8((doc, r) -> {
    byte[][] bad = {
      {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xFF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}
    };
    int at = r.nextInt(doc.length + 1);
    return splice(doc, at, 0, bad[r.nextInt(bad.length)]);
  }),

  /** Puts a byte-order mark at the start (which is allowed), in the middle, or a UTF-16 one. */
  BYTE_ORDER_MARKS((doc, r) -> {
    byte[] utf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    switch (r.nextInt(4)) {
      case 0:
      case 1:
        return splice(doc, 0, 0, utf8);
      case 2:
        return splice(doc, r.nextInt(doc.length + 1), 0, utf8);
      default:
        return splice(doc, 0, 0, new byte[] {(byte) 0xFE, (byte) 0xFF});
    }
  }),

  /** Repeats a property of an object, with the same or another value. */
  DUPLICATE_KEYS((doc, r) -> {
    String s = text(doc);
    List<Token> t = Tokens.of(s);
    List<Integer> names = new java.util.ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (Tokens.isName(t, i)) {
        names.add(i);
      }
    }
    int i = names.get(r.nextInt(names.size()));
    int end = Tokens.valueEnd(t, i + 2);
    String member = s.substring(t.get(i).start, t.get(end).end);
    String copy = r.nextBoolean() ? member : s.substring(t.get(i).start, t.get(i).end) + ": null";
    return bytes(s.substring(0, t.get(end).end) + ", " + copy + s.substring(t.get(end).end));
  }),

  /** Replaces numbers with NaN, Infinity and other things JSON does not allow. */
  NAN_AND_INFINITY((doc, r) -> replaceToken(doc, r, Kind.NUMBER, 1, (old, rr) -> {
    String[] not = {"NaN", "Infinity", "-Infinity", "+1", ".5", "01", "0x1F", "1.", "-", "1e", "undefined"};
    return not[rr.nextInt(not.length)];
  })),

  /** Replaces one to twenty values with null. */
  NULLS_EVERYWHERE((doc, r) -> replaceValue(doc, r, 1 + r.nextInt(20), (old, rr) -> "null")),

  /** Puts control characters, lone surrogates and odd escapes into strings. */
  ODD_STRINGS((doc, r) -> replaceToken(doc, r, Kind.STRING, 1 + r.nextInt(3), (old, rr) -> {
    String[] odd = {"\\uD800", "\\uDC00x", "\u0001", "\t", "\\x41", "\\u00", "\\", "\u2028\u2029", "\\u0000", "\"\""};
    String inner = old.length() >= 2 ? old.substring(1, old.length() - 1) : "";
    int at = inner.isEmpty() ? 0 : rr.nextInt(inner.length() + 1);
    return "\"" + inner.substring(0, at) + odd[rr.nextInt(odd.length)] + inner.substring(at) + "\"";
  }));

  private final BiFunction<byte[], Random, byte[]> mutation;

  Mutators(BiFunction<byte[], Random, byte[]> mutation) {
    this.mutation = mutation;
  }

  /** Applies this mutation to a document. */
  byte[] apply(byte[] document, Random random) {
    return mutation.apply(document, random);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] splice(byte[] doc, int at, int remove, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(doc.length + insert.length);
    out.write(doc, 0, at);
    out.write(insert, 0, insert.length);
    out.write(doc, at + remove, doc.length - at - remove);
    return out.toByteArray();
  }

  /** Replaces {@code count} random tokens of a kind (property names excluded). */
  private static byte[] replaceToken(byte[] doc, Random r, Kind kind, int count,
      BiFunction<String, Random, String> replacement) {
    String s = text(doc);
    for (int k = 0; k < count; k++) {
      List<Token> t = Tokens.of(s);
      List<Integer> candidates = new java.util.ArrayList<>();
      for (int i = 0; i < t.size(); i++) {
        if (t.get(i).kind == kind && !Tokens.isName(t, i)) {
          candidates.add(i);
        }
      }
      if (candidates.isEmpty()) {
        break;
      }
      Token victim = t.get(candidates.get(r.nextInt(candidates.size())));
      s = s.substring(0, victim.start) + replacement.apply(s.substring(victim.start, victim.end), r)
          + s.substring(victim.end);
    }
    return bytes(s);
  }

  /** Replaces {@code count} random whole values (objects and arrays included). */
  private static byte[] replaceValue(byte[] doc, Random r, int count, BiFunction<String, Random, String> replacement) {
    String s = text(doc);
    for (int k = 0; k < count; k++) {
      List<Token> t = Tokens.of(s);
      List<Integer> starts = Tokens.valueStarts(t);
      // Not the root object: the point is to damage the plan, not to replace it.
      starts.remove(Integer.valueOf(0));
      if (starts.isEmpty()) {
        break;
      }
      int i = starts.get(r.nextInt(starts.size()));
      int end = Tokens.valueEnd(t, i);
      s = s.substring(0, t.get(i).start) + replacement.apply(s.substring(t.get(i).start, t.get(end).end), r)
          + s.substring(t.get(end).end);
    }
    return bytes(s);
  }
}
