package org.productivityplan.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.productivityplan.io.internal.Node.ArrayNode;
import org.productivityplan.io.internal.Node.BooleanNode;
import org.productivityplan.io.internal.Node.NumberNode;
import org.productivityplan.io.internal.Node.ObjectNode;
import org.productivityplan.io.internal.Node.StringNode;
import org.productivityplan.model.Coded;
import org.productivityplan.model.DateRange;
import org.productivityplan.model.FinancialYear;
import org.productivityplan.model.Money;
import org.productivityplan.model.PartialDate;
import org.productivityplan.model.Percentage;
import org.productivityplan.model.SchemaVersion;

/** The codecs of the format's scalar and value types. */
final class Codecs {

  private Codecs() {}

  /** Builds a schema object from name/value pairs: strings, nodes, booleans, numbers, string lists. */
  static ObjectNode obj(Object... pairs) {
    Node.ObjectBuilder b = ObjectNode.builder();
    for (int i = 0; i < pairs.length; i += 2) {
      b.put((String) pairs[i], toNode(pairs[i + 1]));
    }
    return b.build();
  }

  private static Node toNode(Object v) {
    if (v instanceof Node) {
      return (Node) v;
    }
    if (v instanceof String) {
      return StringNode.of((String) v);
    }
    if (v instanceof Boolean) {
      return BooleanNode.of((Boolean) v);
    }
    if (v instanceof Number) {
      return NumberNode.of(v.toString());
    }
    if (v instanceof List) {
      List<Node> nodes = new ArrayList<>();
      for (Object o : (List<?>) v) {
        nodes.add(toNode(o));
      }
      return ArrayNode.of(nodes);
    }
    throw new IllegalArgumentException("Not a schema value: " + v);
  }

  /** A codec whose JSON is a string, parsed and printed by the given functions. */
  private static <T> Codec<T> text(
      String expected, Problem problem, Function<String, T> parse, Function<T, String> print,
      @Nullable String defName, Supplier<Node> schema) {
    return new Codec<>() {
      @Override
      public @Nullable T read(Reading r) throws IOException {
        if (r.p.currentToken() != JsonToken.VALUE_STRING) {
          r.mismatch(Problem.WRONG_TYPE, expected);
          return null;
        }
        String s = r.p.getText();
        try {
          return parse.apply(s);
        } catch (IllegalArgumentException | DateTimeException e) {
          // The value's own explanation helps when the form is right but the value is not (no such
          // day, years not consecutive); when it only restates the form, leave it out.
          String why = String.valueOf(e.getMessage());
          String found = r.describe();
          r.reportHere(
              problem,
              r.subject() + "expected " + expected + ", but found " + found
                  + (why.contains("must be written") ? "" : " (" + why + ")"),
              r.property(), expected, found);
          return null;
        }
      }

      @Override
      public Node encode(T value) {
        return StringNode.of(print.apply(value));
      }

      @Override
      public Node schema(SchemaDefs defs) {
        return defName == null ? schema.get() : defs.ref(defName, schema);
      }

      @Override
      public String expected() {
        return expected;
      }
    };
  }

  /** A string, any string. */
  static final Codec<String> STRING =
      text("a string", Problem.WRONG_TYPE, s -> s, s -> s, null, () -> obj("type", "string"));

  static final Codec<FinancialYear> FINANCIAL_YEAR =
      text(
          "a financial year written YYYY/YY, such as \"2023/24\"", Problem.BAD_FINANCIAL_YEAR,
          Codecs::financialYear, FinancialYear::toString, "FinancialYear",
          () -> obj("type", "string", "pattern", "^[0-9]{4}/[0-9]{2}$",
              "description", "A financial year from 1 April to 31 March, written YYYY/YY, such as 2023/24."));

  static final Codec<PartialDate> PARTIAL_DATE =
      text(
          "a date written YYYY, YYYY-MM or YYYY-MM-DD, such as \"2024-07\"", Problem.BAD_DATE,
          Codecs::partialDate, PartialDate::toString, "PartialDate",
          () -> obj("type", "string", "pattern", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
              "description", "A date known to the year, month or day: 2024, 2024-08 or 2024-08-15."));

  /**
   * Parses a partial date by hand, without the model's regular expression (a matcher and three
   * substrings a date); whatever is not plainly well formed and valid goes to {@link
   * PartialDate#parse}, for the same result or the same explanation.
   */
  static PartialDate partialDate(String s) {
    int n = s.length();
    if ((n == 4 || n == 7 && s.charAt(4) == '-' || n == 10 && s.charAt(4) == '-' && s.charAt(7) == '-')) {
      int year = number(s, 0, 4);
      int month = n > 4 ? number(s, 5, 7) : 0;
      int day = n > 7 ? number(s, 8, 10) : 0;
      if (year >= 1000 && month >= 0 && day >= 0) {
        if (n == 4) {
          return PartialDate.ofYear(year);
        }
        if (month >= 1 && month <= 12) {
          if (n == 7) {
            return PartialDate.of(java.time.YearMonth.of(year, month));
          }
          if (day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return PartialDate.of(LocalDate.of(year, month, day));
          }
        }
      }
    }
    return PartialDate.parse(s);
  }

  /** Parses a financial year by hand, as {@link #partialDate} does a date. */
  static FinancialYear financialYear(String s) {
    if (s.length() == 7 && s.charAt(4) == '/') {
      int start = number(s, 0, 4);
      int end = number(s, 5, 7);
      if (start >= FinancialYear.MIN_START_YEAR && start <= FinancialYear.MAX_START_YEAR
          && end == (start + 1) % 100) {
        return FinancialYear.of(start);
      }
    }
    return FinancialYear.parse(s);
  }

  /** @return the number the ASCII digits from {@code from} to {@code to} make, or -1 */
  private static int number(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** YYYY-MM-DD, checked by hand: ten characters, digits and two hyphens. */
  private static boolean isLocalDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  static final Codec<LocalDate> LOCAL_DATE_CODEC =
      text(
          "a date written YYYY-MM-DD, such as \"2024-07-10\"", Problem.BAD_DATE,
          s -> {
            if (!isLocalDate(s)) {
              throw new IllegalArgumentException("a date must be written YYYY-MM-DD");
            }
            return LocalDate.parse(s);
          },
          LocalDate::toString, "Date",
          () -> obj("type", "string", "format", "date", "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
              "description", "An ISO-8601 calendar date, YYYY-MM-DD."));

  static final Codec<SchemaVersion> SCHEMA_VERSION =
      text(
          "a version written MAJOR.MINOR, such as \"1.0\"", Problem.BAD_VERSION,
          SchemaVersion::parse, SchemaVersion::toString, "SchemaVersion",
          () -> obj("type", "string", "pattern", "^1\\.(0|[1-9][0-9]{0,5})$",
              "description", "The version of the format: 1.0. A 1.x reader reads every 1.y."));

  /** The codes of an enumeration, as strings. */
  static <E extends Enum<E> & Coded> Codec<E> codes(Class<E> type, String what) {
    E[] constants = type.getEnumConstants();
    List<String> codes = Arrays.stream(constants).map(Coded::code).collect(Collectors.toList());
    String expected = what + " code (" + String.join(", ", codes) + ")";
    Map<String, E> byCode = new HashMap<>();
    for (E e : constants) {
      byCode.put(e.code(), e);
    }
    // In the order of the constants, so that a match's index is the constant's.
    Candidates candidates = new Candidates(codes);
    return new Codec<>() {
      @Override
      public @Nullable E read(Reading r) throws IOException {
        if (r.p.currentToken() != JsonToken.VALUE_STRING) {
          r.mismatch(Problem.WRONG_TYPE, expected);
          return null;
        }
        int k = r.match(candidates);
        if (k >= 0) {
          return constants[k];
        }
        E e = byCode.get(r.p.getText());
        if (e == null) {
          r.mismatch(Problem.UNKNOWN_CODE, expected);
        }
        return e;
      }

      @Override
      public Node encode(E value) {
        return StringNode.of(value.code());
      }

      @Override
      public Node schema(SchemaDefs defs) {
        return defs.ref(type.getSimpleName(), () -> obj("type", "string", "enum", codes));
      }

      @Override
      public String expected() {
        return expected;
      }
    };
  }

  static final Codec<Boolean> BOOLEAN =
      new Codec<>() {
        @Override
        public @Nullable Boolean read(Reading r) throws IOException {
          JsonToken t = r.p.currentToken();
          if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
          }
          if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
          }
          r.mismatch(Problem.WRONG_TYPE, expected());
          return null;
        }

        @Override
        public Node encode(Boolean value) {
          return BooleanNode.of(value);
        }

        @Override
        public Node schema(SchemaDefs defs) {
          return obj("type", "boolean");
        }

        @Override
        public String expected() {
          return "true or false";
        }
      };

  /**
   * Reads a JSON number exactly. A negative scale (from an exponent, {@code 1e3}) becomes scale 0,
   * which is how the number is written back. Numbers whose plain form would be longer than the
   * number limit are refused, so that {@code 1e999999999} cannot blow up.
   */
  static @Nullable BigDecimal number(Reading r, String expected) throws IOException {
    JsonParser p = r.p;
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      r.mismatch(Problem.WRONG_TYPE, expected);
      return null;
    }
    BigDecimal n;
    try {
      n = t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER
          ? BigDecimal.valueOf(p.getLongValue())
          : new BigDecimal(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    } catch (NumberFormatException | ArithmeticException e) {
      r.mismatch(Problem.BAD_NUMBER, expected);
      return null;
    }
    // The digits the number has when written without an exponent, as the writer writes it.
    long plainDigits = n.scale() <= 0
        ? (long) n.precision() - n.scale()
        : Math.max((long) n.precision(), (long) n.scale() + 1);
    if (plainDigits > r.maxNumberLength) {
      r.mismatch(Problem.BAD_NUMBER,
          expected + " of at most " + r.maxNumberLength + " digits when written without an exponent"
              + " (ReadLimits.maxNumberLength)");
      return null;
    }
    return n.scale() < 0 ? n.setScale(0) : n;
  }

  static final Codec<BigDecimal> DECIMAL =
      new Codec<>() {
        @Override
        public @Nullable BigDecimal read(Reading r) throws IOException {
          return number(r, expected());
        }

        @Override
        public Node encode(BigDecimal value) {
          return NumberNode.of(value.toPlainString());
        }

        @Override
        public Node schema(SchemaDefs defs) {
          return obj("type", "number");
        }

        @Override
        public String expected() {
          return "a number";
        }
      };

  static final Codec<Integer> INTEGER =
      new Codec<>() {
        @Override
        public @Nullable Integer read(Reading r) throws IOException {
          JsonParser p = r.p;
          if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
          }
          BigDecimal n = number(r, expected());
          if (n == null) {
            return null;
          }
          try {
            return n.stripTrailingZeros().intValueExact();
          } catch (ArithmeticException e) {
            r.mismatch(Problem.BAD_NUMBER, expected());
            return null;
          }
        }

        @Override
        public Node encode(Integer value) {
          return NumberNode.of(value.toString());
        }

        @Override
        public Node schema(SchemaDefs defs) {
          return obj("type", "integer");
        }

        @Override
        public String expected() {
          return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
      };

  static final Codec<Percentage> PERCENTAGE =
      new Codec<>() {
        @Override
        public @Nullable Percentage read(Reading r) throws IOException {
          BigDecimal n = number(r, expected());
          return n == null ? null : Percentage.of(n);
        }

        @Override
        public Node encode(Percentage value) {
          return NumberNode.of(value.value().toPlainString());
        }

        @Override
        public Node schema(SchemaDefs defs) {
          return defs.ref("Percentage", () -> obj("type", "number",
              "description", "A number of per cent, normally from 0 to 100: 0.03 is 0.03%."));
        }

        @Override
        public String expected() {
          return "a number of per cent, such as 12.5";
        }
      };

  private static final SerializedString AMOUNT = new SerializedString("amount");
  private static final SerializedString CURRENCY = new SerializedString("currency");
  private static final SerializedString START = new SerializedString("start");
  private static final SerializedString END = new SerializedString("end");

  static final Codec<Money> MONEY =
      new Codec<>() {
        @Override
        public @Nullable Money read(Reading r) throws IOException {
          JsonParser p = r.p;
          if (p.currentToken() != JsonToken.START_OBJECT) {
            r.mismatch(Problem.WRONG_TYPE, expected());
            return null;
          }
          int line = r.line();
          long place = r.place();
          ValueMembers members = new ValueMembers();
          boolean ok = true;
          boolean memberProblem = false;
          BigDecimal pounds = null;
          String name;
          while ((name = r.nextName(members.has(0) ? CURRENCY : AMOUNT)) != null) {
            r.enter(name);
            int known = members.add(r, name, "amount", "currency");
            p.nextToken();
            r.count();
            if (known == 0) {
              pounds = number(r, "a number of pounds");
              memberProblem |= pounds == null;
            } else if (known == 1) {
              if (p.currentToken() != JsonToken.VALUE_STRING || !Money.CURRENCY.equals(p.getText())) {
                r.mismatch(Problem.BAD_MONEY, "the currency \"GBP\"");
                ok = false;
                memberProblem = true;
              }
            } else {
              unknownMember(r, name, "money", "amount", "currency");
              ok = false;
              memberProblem = true;
            }
            r.leave();
          }
          String pointer = r.pointer();
          if (!members.has(1)) {
            r.report(Problem.BAD_MONEY, Problem.BAD_MONEY.severity(), pointer, line, r.column(place),
                "money needs \"currency\": \"GBP\", but the currency is missing",
                "currency", "\"GBP\"", "nothing");
            ok = false;
          }
          if (!members.has(0)) {
            r.report(Problem.BAD_MONEY, Problem.BAD_MONEY.severity(), pointer, line, r.column(place),
                "money needs an \"amount\" in pounds, but the amount is missing",
                "amount", "a number of pounds", "nothing");
            ok = false;
          }
          if (ok && pounds != null) {
            return Money.ofPounds(pounds);
          }
          if (memberProblem) {
            notRead(r, line, r.column(place), "money");
          }
          return null;
        }

        @Override
        public Node encode(Money value) {
          return obj("amount", NumberNode.of(value.amount().toPlainString()), "currency", value.currency());
        }

        @Override
        public Node schema(SchemaDefs defs) {
          return defs.ref("Money", () -> obj(
              "type", "object",
              "description", "An amount of money in pounds sterling; the amount is a number of pounds, such as 13100000.",
              "required", List.of("amount", "currency"),
              "properties", obj("amount", obj("type", "number"), "currency", obj("const", "GBP")),
              "additionalProperties", false));
        }

        @Override
        public String expected() {
          return "money, {\"amount\": <pounds>, \"currency\": \"GBP\"}";
        }
      };

  static final Codec<DateRange> DATE_RANGE =
      new Codec<>() {
        @Override
        public @Nullable DateRange read(Reading r) throws IOException {
          JsonParser p = r.p;
          if (p.currentToken() != JsonToken.START_OBJECT) {
            r.mismatch(Problem.WRONG_TYPE, expected());
            return null;
          }
          int line = r.line();
          long place = r.place();
          ValueMembers members = new ValueMembers();
          boolean ok = true;
          PartialDate start = null;
          PartialDate end = null;
          String name;
          while ((name = r.nextName(members.has(0) ? END : START)) != null) {
            r.enter(name);
            int known = members.add(r, name, "start", "end");
            p.nextToken();
            r.count();
            if (known < 0) {
              unknownMember(r, name, "a date range", "start", "end");
              ok = false;
            } else if (p.currentToken() == JsonToken.VALUE_NULL) {
              r.reportHere(Problem.NULL_VALUE,
                  "property '" + name + "': null is read as not stated (the property is omitted when written)",
                  name);
            } else {
              PartialDate date = PARTIAL_DATE.read(r);
              ok &= date != null;
              if (known == 0) {
                start = date;
              } else {
                end = date;
              }
            }
            r.leave();
          }
          if (ok && start == null && end == null) {
            r.report(Problem.BAD_DATE_RANGE, Problem.BAD_DATE_RANGE.severity(), r.pointer(), line, r.column(place),
                r.subject() + "a date range needs a start, an end or both, but has neither",
                r.property(), "start or end", "neither");
            return null;
          }
          if (!ok) {
            notRead(r, line, r.column(place), "date range");
            return null;
          }
          return DateRange.of(java.util.Optional.ofNullable(start), java.util.Optional.ofNullable(end));
        }

        @Override
        public Node encode(DateRange value) {
          Node.ObjectBuilder b = ObjectNode.builder();
          value.start().ifPresent(s -> b.put("start", s.toString()));
          value.end().ifPresent(e -> b.put("end", e.toString()));
          return b.build();
        }

        @Override
        public Node schema(SchemaDefs defs) {
          Node pd = PARTIAL_DATE.schema(defs);
          return defs.ref("DateRange", () -> obj(
              "type", "object",
              "description", "A period from start to end, both inclusive; either may be omitted, not both.",
              "properties", obj("start", pd, "end", pd),
              "minProperties", 1,
              "additionalProperties", false));
        }

        @Override
        public String expected() {
          return "a date range, {\"start\": <date>, \"end\": <date>}";
        }
      };

  /** Reports a member that a value object does not have, and skips its value. */
  private static void unknownMember(Reading r, String name, String what, String... known) throws IOException {
    int e = r.entry();
    r.report(Problem.UNKNOWN_MEMBER, Problem.UNKNOWN_MEMBER.severity(), r.pointer(),
        r.positions.line(e), r.positions.column(e),
        "property '" + name + "': " + what + " has only " + String.join(" and ", known)
            + ", so '" + name + "' cannot be kept; the value was not read",
        name, String.join(", ", known), name);
    r.skip();
  }

  /** Reports that a value object was not read because of a member, at the value's own place. */
  private static void notRead(Reading r, int line, int column, String what) {
    r.report(Problem.NOT_READ, Problem.NOT_READ.severity(), r.pointer(), line, column,
        r.subject() + "the " + what + " was not read, because a member it requires is missing or invalid",
        what);
  }

  /** The members of a value object met so far, to find a duplicate. */
  private static final class ValueMembers {
    private int known;
    private @Nullable StringBuilder names;
    private @Nullable NameSet others;

    /** Returns the index of a known name, or -1; refuses the document for a duplicate. */
    int add(Reading r, String name, String first, String second) throws TreeParser.Refusal {
      int k = first.equals(name) ? 0 : second.equals(name) ? 1 : -1;
      boolean again;
      if (k >= 0) {
        again = (known & (1 << k)) != 0;
        known |= 1 << k;
      } else {
        if (others == null) {
          names = new StringBuilder();
          others = new NameSet(names);
        }
        StringBuilder n = java.util.Objects.requireNonNull(names);
        int start = n.length();
        Printer.quote(name, n);
        again = !others.add(start, n.length(), name.hashCode());
      }
      if (again) {
        throw r.duplicate(name);
      }
      return k;
    }

    boolean has(int k) {
      return (known & (1 << k)) != 0;
    }
  }
}
