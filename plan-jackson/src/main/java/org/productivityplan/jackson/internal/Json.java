package org.productivityplan.jackson.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;

/** Copies JSON text into a caller's generator token by token, so that its layout settings apply. */
final class Json {

  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  /** Copies one JSON value, given as text, to the generator. */
  static void copy(String json, JsonGenerator gen) throws IOException {
    try (JsonParser in = FACTORY.createParser(json)) {
      in.nextToken();
      copyValue(in, gen);
    }
  }

  /**
   * Copies the value the parser stands on, numbers as their exact text ({@code 2.50} stays {@code
   * 2.50}; Jackson's own copy would write it as the double {@code 2.5}).
   */
  static void copyValue(JsonParser in, JsonGenerator gen) throws IOException {
    int depth = 0;
    do {
      JsonToken t = in.currentToken();
      switch (t) {
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> gen.writeNumber(in.getText());
        case START_OBJECT, START_ARRAY -> {
          depth++;
          gen.copyCurrentEvent(in);
        }
        case END_OBJECT, END_ARRAY -> {
          depth--;
          gen.copyCurrentEvent(in);
        }
        default -> gen.copyCurrentEvent(in);
      }
    } while (depth > 0 && in.nextToken() != null);
  }

  /**
   * Returns the value the parser stands on as compact JSON text, numbers exactly as written; the
   * parser is left on the value's last token.
   */
  static String text(JsonParser in) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      copyValue(in, gen);
    }
    return out.toString();
  }

  /**
   * Copies the first element of an array member of a JSON object, given as text, to the generator.
   */
  static void copyFirstElement(String json, String member, JsonGenerator gen) throws IOException {
    try (JsonParser in = FACTORY.createParser(json)) {
      in.nextToken();
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String name = in.currentName();
        JsonToken value = in.nextToken();
        if (name.equals(member) && value == JsonToken.START_ARRAY && in.nextToken() != JsonToken.END_ARRAY) {
          copyValue(in, gen);
          return;
        }
        in.skipChildren();
      }
      throw new IllegalStateException("the report holds no '" + member + "' element");
    }
  }
}
