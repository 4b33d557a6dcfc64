package org.productivityplan.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.jackson.PlanReadException;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;

/** Plans and council plans through {@link PlanJson}, from the mapper's parser and to its generator. */
final class Documents {

  /** The source name of a plan read by a mapper, in its problems. */
  static final String SOURCE = "<json>";

  private Documents() {}

  /** Reads a document with one of {@link PlanJson}'s parser entry points. */
  @FunctionalInterface
  interface Reading<T> {
    ReadResult<T> read(JsonParser parser, String source);
  }

  /** Writes a document with one of {@link PlanJson}'s generator entry points. */
  @FunctionalInterface
  interface Writing<T> {
    void write(T value, JsonGenerator generator) throws IOException;
  }

  static JsonSerializer<ProductivityPlan> planSerializer(PlanJson json) {
    return serializer(ProductivityPlan.class, json::write);
  }

  static JsonDeserializer<ProductivityPlan> planDeserializer(PlanJson json) {
    return deserializer(ProductivityPlan.class, "productivity plan", json::read);
  }

  static JsonSerializer<CouncilPlan> councilPlanSerializer(PlanJson json) {
    return serializer(CouncilPlan.class, json::write);
  }

  static JsonDeserializer<CouncilPlan> councilPlanDeserializer(PlanJson json) {
    return deserializer(CouncilPlan.class, "council plan", json::readCouncilPlan);
  }

  private static <T> JsonSerializer<T> serializer(Class<T> type, Writing<T> writing) {
    return new StdSerializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        writing.write(value, gen);
      }
    };
  }

  private static <T> JsonDeserializer<T> deserializer(Class<T> type, String what, Reading<T> reading) {
    return new StdDeserializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String base = basePointer(p);
        ReadResult<T> result = reading.read(p, SOURCE);
        if (result.hasErrors() || result.value().isEmpty()) {
          throw new PlanReadException(p, what, relocated(base, result.problems()));
        }
        return result.value().get();
      }
    };
  }

  /**
   * Returns the JSON Pointer of the value the parser stands on, within the whole document: {@code
   * ""} at the root, {@code /request/plan} for a plan inside a service's own object.
   */
  static String basePointer(JsonParser p) {
    JsonPointer here = p.getParsingContext().pathAsPointer();
    if (p.hasToken(JsonToken.START_OBJECT) || p.hasToken(JsonToken.START_ARRAY)) {
      // The parser has entered the value's own context: its parent names where the value is.
      here = p.getParsingContext().getParent() == null
          ? JsonPointer.empty()
          : p.getParsingContext().getParent().pathAsPointer();
    }
    return here.toString();
  }

  /** Moves problems found in a plan to where the plan stands in the whole document. */
  static List<Finding> relocated(String base, List<Finding> problems) {
    if (base.isEmpty()) {
      return problems;
    }
    List<Finding> moved = new ArrayList<>(problems.size());
    for (Finding f : problems) {
      moved.add(Finding.builder().from(f).pointer(base + f.pointer()).build());
    }
    return moved;
  }
}
