package org.productivityplan.io.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.productivityplan.io.internal.Node.ArrayNode;
import org.productivityplan.io.internal.Node.BooleanNode;
import org.productivityplan.io.internal.Node.Member;
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
      public @Nullable T decode(Node node, String pointer, Decoding d) {
        if (!(node instanceof StringNode)) {
          d.mismatch(Problem.WRONG_TYPE, pointer, node, expected);
          return null;
        }
        String s = ((StringNode) node).value();
        try {
          return parse.apply(s);
        } catch (IllegalArgumentException | DateTimeException e) {
          // The value's own explanation helps when the form is right but the value is not (no such
          // day, years not consecutive); when it only restates the form, leave it out.
          String why = String.valueOf(e.getMessage());
          d.report(
              problem, pointer, node,
              Decoding.subject(pointer) + "expected " + expected + ", but found " + node.describe()
                  + (why.contains("must be written") ? "" : " (" + why + ")"),
              Decoding.property(pointer), expected, node.describe());
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
          FinancialYear::parse, FinancialYear::toString, "FinancialYear",
          () -> obj("type", "string", "pattern", "^[0-9]{4}/[0-9]{2}$",
              "description", "A financial year from 1 April to 31 March, written YYYY/YY, such as 2023/24."));

  static final Codec<PartialDate> PARTIAL_DATE =
      text(
          "a date written YYYY, YYYY-MM or YYYY-MM-DD, such as \"2024-07\"", Problem.BAD_DATE,
          PartialDate::parse, PartialDate::toString, "PartialDate",
          () -> obj("type", "string", "pattern", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
              "description", "A date known to the year, month or day: 2024, 2024-08 or 2024-08-15."));

  private static final Pattern LOCAL_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  static final Codec<LocalDate> LOCAL_DATE_CODEC =
      text(
          "a date written YYYY-MM-DD, such as \"2024-07-10\"", Problem.BAD_DATE,
          s -> {
            if (!LOCAL_DATE.matcher(s).matches()) {
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
    List<String> codes = Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.toList());
    String expected = what + " code (" + String.join(", ", codes) + ")";
    return new Codec<>() {
      @Override
      public @Nullable E decode(Node node, String pointer, Decoding d) {
        if (!(node instanceof StringNode)) {
          d.mismatch(Problem.WRONG_TYPE, pointer, node, expected);
          return null;
        }
        E e = Coded.fromCode(type, ((StringNode) node).value()).orElse(null);
        if (e == null) {
          d.mismatch(Problem.UNKNOWN_CODE, pointer, node, expected);
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
        public @Nullable Boolean decode(Node node, String pointer, Decoding d) {
          if (!(node instanceof BooleanNode)) {
            d.mismatch(Problem.WRONG_TYPE, pointer, node, expected());
            return null;
          }
          return ((BooleanNode) node).value();
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
  static @Nullable BigDecimal number(Node node, String pointer, Decoding d, String expected) {
    if (!(node instanceof NumberNode)) {
      d.mismatch(Problem.WRONG_TYPE, pointer, node, expected);
      return null;
    }
    BigDecimal n;
    try {
      n = new BigDecimal(((NumberNode) node).text());
    } catch (NumberFormatException | ArithmeticException e) {
      d.mismatch(Problem.BAD_NUMBER, pointer, node, expected);
      return null;
    }
    // The digits the number has when written without an exponent, as the writer writes it.
    long plainDigits = n.scale() <= 0
        ? (long) n.precision() - n.scale()
        : Math.max((long) n.precision(), (long) n.scale() + 1);
    if (plainDigits > d.maxNumberLength) {
      d.mismatch(Problem.BAD_NUMBER, pointer, node,
          expected + " of at most " + d.maxNumberLength + " digits when written without an exponent"
              + " (ReadLimits.maxNumberLength)");
      return null;
    }
    return n.scale() < 0 ? n.setScale(0) : n;
  }

  static final Codec<BigDecimal> DECIMAL =
      new Codec<>() {
        @Override
        public @Nullable BigDecimal decode(Node node, String pointer, Decoding d) {
          return number(node, pointer, d, expected());
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
        public @Nullable Integer decode(Node node, String pointer, Decoding d) {
          BigDecimal n = number(node, pointer, d, expected());
          if (n == null) {
            return null;
          }
          try {
            return n.stripTrailingZeros().intValueExact();
          } catch (ArithmeticException e) {
            d.mismatch(Problem.BAD_NUMBER, pointer, node, expected());
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
        public @Nullable Percentage decode(Node node, String pointer, Decoding d) {
          BigDecimal n = number(node, pointer, d, expected());
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

  static final Codec<Money> MONEY =
      new Codec<>() {
        @Override
        public @Nullable Money decode(Node node, String pointer, Decoding d) {
          if (!(node instanceof ObjectNode)) {
            d.mismatch(Problem.WRONG_TYPE, pointer, node, expected());
            return null;
          }
          Map<String, Member> m = ((ObjectNode) node).members();
          boolean ok = unknownMembers(m, List.of("amount", "currency"), pointer, "money", d);
          Member currency = m.get("currency");
          if (currency == null) {
            d.report(Problem.BAD_MONEY, pointer, node,
                "money needs \"currency\": \"GBP\", but the currency is missing",
                "currency", "\"GBP\"", "nothing");
            ok = false;
          } else if (!(currency.value() instanceof StringNode)
              || !Money.CURRENCY.equals(((StringNode) currency.value()).value())) {
            d.mismatch(Problem.BAD_MONEY, pointer + "/currency", currency.value(), "the currency \"GBP\"");
            ok = false;
          }
          Member amount = m.get("amount");
          BigDecimal pounds = null;
          if (amount == null) {
            d.report(Problem.BAD_MONEY, pointer, node,
                "money needs an \"amount\" in pounds, but the amount is missing",
                "amount", "a number of pounds", "nothing");
            ok = false;
          } else {
            pounds = number(amount.value(), pointer + "/amount", d, "a number of pounds");
          }
          return ok && pounds != null ? Money.ofPounds(pounds) : null;
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
        public @Nullable DateRange decode(Node node, String pointer, Decoding d) {
          if (!(node instanceof ObjectNode)) {
            d.mismatch(Problem.WRONG_TYPE, pointer, node, expected());
            return null;
          }
          Map<String, Member> m = ((ObjectNode) node).members();
          boolean ok = unknownMembers(m, List.of("start", "end"), pointer, "a date range", d);
          PartialDate start = null;
          PartialDate end = null;
          Member s = m.get("start");
          Member e = m.get("end");
          for (Member member : new Member[] {s, e}) {
            if (member != null && member.value() instanceof Node.NullNode) {
              d.report(Problem.NULL_VALUE, pointer + "/" + member.name(), member.value(),
                  "property '" + member.name() + "': null is read as not stated (the property is omitted when written)",
                  member.name());
            }
          }
          if (s != null && !(s.value() instanceof Node.NullNode)) {
            start = PARTIAL_DATE.decode(s.value(), pointer + "/start", d);
            ok &= start != null;
          }
          if (e != null && !(e.value() instanceof Node.NullNode)) {
            end = PARTIAL_DATE.decode(e.value(), pointer + "/end", d);
            ok &= end != null;
          }
          if (ok && start == null && end == null) {
            d.report(Problem.BAD_DATE_RANGE, pointer, node,
                Decoding.subject(pointer) + "a date range needs a start, an end or both, but has neither",
                Decoding.property(pointer), "start or end", "neither");
            return null;
          }
          if (!ok) {
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

  /** Reports each member a value object does not have; returns true when there is none. */
  private static boolean unknownMembers(
      Map<String, Member> members, List<String> known, String pointer, String what, Decoding d) {
    boolean ok = true;
    for (Member m : members.values()) {
      if (!known.contains(m.name())) {
        String p = pointer + "/" + TreeParser.escape(m.name());
        d.report(Problem.UNKNOWN_MEMBER, Problem.UNKNOWN_MEMBER.severity(), p, m.line(), m.column(),
            "property '" + m.name() + "': " + what + " has only " + String.join(" and ", known)
                + ", so '" + m.name() + "' cannot be kept; the value was not read",
            m.name(), String.join(", ", known), m.name());
        ok = false;
      }
    }
    return ok;
  }
}
