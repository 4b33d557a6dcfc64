package org.productivityplan.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Coded;

/** The model's coded enumerations ({@code Theme}, {@code SpendCategory}, ...) as their codes. */
final class CodedEnums {

  private CodedEnums() {}

  private static boolean isCoded(Class<?> type) {
    return type.isEnum() && Coded.class.isAssignableFrom(type);
  }

  /** Finds the serializer of any coded enumeration. */
  static final class Serializers extends com.fasterxml.jackson.databind.ser.Serializers.Base {
    @Override
    public @Nullable JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      return isCoded(type.getRawClass()) ? CodeSerializer.INSTANCE : null;
    }
  }

  /** Finds the deserializer of any coded enumeration. */
  static final class Deserializers extends com.fasterxml.jackson.databind.deser.Deserializers.Base {
    @Override
    public @Nullable JsonDeserializer<?> findEnumDeserializer(
        Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
      return isCoded(type) ? new CodeDeserializer(type) : null;
    }
  }

  private static final class CodeSerializer extends StdScalarSerializer<Coded> {
    private static final long serialVersionUID = 1L;
    static final CodeSerializer INSTANCE = new CodeSerializer();

    private CodeSerializer() {
      super(Coded.class);
    }

    @Override
    public void serialize(Coded value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.code());
    }
  }

  private static final class CodeDeserializer extends StdScalarDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final Map<String, Object> byCode;
    private final String expected;

    CodeDeserializer(Class<?> type) {
      super(type);
      Map<String, Object> codes = new LinkedHashMap<>();
      for (Object constant : type.getEnumConstants()) {
        codes.put(((Coded) constant).code(), constant);
      }
      this.byCode = Map.copyOf(codes);
      this.expected = codes.keySet().stream().collect(Collectors.joining(", "));
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return ctxt.handleUnexpectedToken(handledType(), p);
      }
      String code = p.getText();
      Object value = byCode.get(code);
      if (value == null) {
        return ctxt.handleWeirdStringValue(handledType(), code,
            "expected one of the codes %s", expected);
      }
      return value;
    }
  }
}
