package org.productivityplan.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.productivityplan.io.PlanJson;
import org.productivityplan.model.DateRange;
import org.productivityplan.model.Money;
import org.productivityplan.model.PartialDate;
import org.productivityplan.model.Percentage;
import org.productivityplan.model.RawJson;

/**
 * The values of format 1.0 inside a service's own classes, written exactly as {@link PlanJson}
 * writes them inside a plan ({@code ValuesTest} compares the two).
 */
final class Values {

  private Values() {}

  /** Money as {@code {"amount": <pounds>, "currency": "GBP"}}. */
  static final StdSerializer<Money> MONEY_SERIALIZER =
      new StdSerializer<>(Money.class) {
        private static final long serialVersionUID = 1L;

        @Override
        public void serialize(Money value, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
          gen.writeStartObject(value);
          gen.writeFieldName("amount");
          gen.writeNumber(value.amount().toPlainString());
          gen.writeStringField("currency", value.currency());
          gen.writeEndObject();
        }
      };

  static final StdDeserializer<Money> MONEY_DESERIALIZER =
      new StdDeserializer<>(Money.class) {
        private static final long serialVersionUID = 1L;

        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
          JsonNode node = object(p, ctxt, Money.class, "money, {\"amount\": <pounds>, \"currency\": \"GBP\"}");
          onlyMembers(ctxt, node, Money.class, "amount", "currency");
          JsonNode currency = node.get("currency");
          if (currency == null || !Money.CURRENCY.equals(currency.textValue())) {
            return mismatch(ctxt, Money.class,
                "money needs \"currency\": \"GBP\", but found " + (currency == null ? "nothing" : currency));
          }
          JsonNode amount = node.get("amount");
          if (amount == null || !amount.isNumber()) {
            return mismatch(ctxt, Money.class,
                "money needs an \"amount\" in pounds, a number, but found " + (amount == null ? "nothing" : amount));
          }
          return Money.ofPounds(amount.decimalValue());
        }
      };

  /** A percentage as a plain number of per cent. */
  static final StdSerializer<Percentage> PERCENTAGE_SERIALIZER =
      new StdSerializer<>(Percentage.class) {
        private static final long serialVersionUID = 1L;

        @Override
        public void serialize(Percentage value, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
          gen.writeNumber(value.value().toPlainString());
        }
      };

  static final StdScalarDeserializer<Percentage> PERCENTAGE_DESERIALIZER =
      new StdScalarDeserializer<>(Percentage.class) {
        private static final long serialVersionUID = 1L;

        @Override
        public Percentage deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
          if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
            return mismatch(ctxt, Percentage.class,
                "a percentage is a number of per cent, such as 12.5, but found " + p.currentToken());
          }
          BigDecimal value = p.getDecimalValue();
          return Percentage.of(value);
        }
      };

  /** A date range as {@code {"start": "2024-04", "end": "2025-03"}}, either side optional. */
  static final StdSerializer<DateRange> DATE_RANGE_SERIALIZER =
      new StdSerializer<>(DateRange.class) {
        private static final long serialVersionUID = 1L;

        @Override
        public void serialize(DateRange value, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
          gen.writeStartObject(value);
          if (value.start().isPresent()) {
            gen.writeStringField("start", value.start().get().toString());
          }
          if (value.end().isPresent()) {
            gen.writeStringField("end", value.end().get().toString());
          }
          gen.writeEndObject();
        }
      };

  static final StdDeserializer<DateRange> DATE_RANGE_DESERIALIZER =
      new StdDeserializer<>(DateRange.class) {
        private static final long serialVersionUID = 1L;

        @Override
        public DateRange deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
          JsonNode node = object(p, ctxt, DateRange.class, "a date range, {\"start\": \"2024-04\", \"end\": \"2025-03\"}");
          onlyMembers(ctxt, node, DateRange.class, "start", "end");
          return DateRange.of(
              date(ctxt, node.get("start"), "start"), date(ctxt, node.get("end"), "end"));
        }
      };

  /** A raw JSON value (an unknown property's) as the JSON it holds. */
  static final StdSerializer<RawJson> RAW_JSON_SERIALIZER =
      new StdSerializer<>(RawJson.class) {
        private static final long serialVersionUID = 1L;

        @Override
        public void serialize(RawJson value, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
          Json.copy(value.json(), gen);
        }
      };

  static final StdDeserializer<RawJson> RAW_JSON_DESERIALIZER =
      new StdDeserializer<>(RawJson.class) {
        private static final long serialVersionUID = 1L;

        @Override
        public RawJson deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
          return PlanJson.rawJson(Json.text(p));
        }

        @Override
        public RawJson getNullValue(DeserializationContext ctxt) {
          return PlanJson.rawJson("null");
        }
      };

  /**
   * Registers a value written as text: parsed by the value's own {@code parse}, written by its
   * {@code toString}.
   */
  static <T> void text(SimpleModule module, Class<T> type, Function<String, T> parse, String expected) {
    module.addSerializer(type, new ToStringSerializerBase(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public String valueToString(Object value) {
        return value.toString();
      }
    });
    module.addDeserializer(type, new StdScalarDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
          return mismatch(ctxt, type, "expected " + expected + ", but found " + p.currentToken());
        }
        String text = p.getText();
        try {
          return parse.apply(text);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
          @SuppressWarnings("unchecked")
          T t = (T) ctxt.handleWeirdStringValue(type, text, "expected %s: %s", expected, e.getMessage());
          return t;
        }
      }
    });
  }

  private static JsonNode object(JsonParser p, DeserializationContext ctxt, Class<?> type, String expected)
      throws IOException {
    if (!p.hasToken(JsonToken.START_OBJECT)) {
      return mismatch(ctxt, type, "expected " + expected + ", but found " + p.currentToken());
    }
    return ctxt.readTree(p);
  }

  private static void onlyMembers(DeserializationContext ctxt, JsonNode node, Class<?> type, String... names)
      throws IOException {
    for (var it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!java.util.List.of(names).contains(name)) {
        mismatch(ctxt, type, "unknown property '" + name + "'; expected only " + String.join(" and ", names));
      }
    }
  }

  private static Optional<PartialDate> date(DeserializationContext ctxt, @Nullable JsonNode node, String name)
      throws IOException {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      return mismatch(ctxt, DateRange.class, "'" + name + "' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, but found " + node);
    }
    try {
      return Optional.of(PartialDate.parse(node.textValue()));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return mismatch(ctxt, DateRange.class, "'" + name + "': " + e.getMessage());
    }
  }

  private static <T> T mismatch(DeserializationContext ctxt, Class<?> type, String message) throws IOException {
    return ctxt.reportInputMismatch(type, "%s", message);
  }
}
