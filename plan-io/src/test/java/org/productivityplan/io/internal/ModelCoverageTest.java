package org.productivityplan.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The descriptors in {@link Model} list every accessor of every model type, in the model's order,
 * so a property added to the model cannot be silently dropped by the reader or writer.
 */
class ModelCoverageTest {

  private static List<ObjectCodec<?, ?>> codecs() throws IllegalAccessException {
    List<ObjectCodec<?, ?>> codecs = new ArrayList<>();
    for (Field f : Model.class.getDeclaredFields()) {
      if (f.getType() == ObjectCodec.class) {
        codecs.add((ObjectCodec<?, ?>) f.get(null));
      }
    }
    return codecs;
  }

  @Test
  void everyExtensibleModelTypeHasADescriptor() throws IllegalAccessException {
    assertThat(codecs()).extracting(ObjectCodec::name).hasSize(27).doesNotHaveDuplicates()
        .contains("ProductivityPlan", "Council", "CouncilPlan", "KeyPriority", "Publication");
  }

  @Test
  void everyDescriptorListsItsTypesAccessorsInOrder() throws Exception {
    for (ObjectCodec<?, ?> codec : codecs()) {
      Class<?> type = Class.forName("org.productivityplan.model." + codec.name());
      // Accessors are the public, non-static, non-final methods without parameters; derived
      // queries such as type() or isReported() are final.
      List<String> accessors = Arrays.stream(type.getDeclaredMethods())
          .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
              && !Modifier.isFinal(m.getModifiers()) && m.getParameterCount() == 0)
          .map(Method::getName)
          .collect(Collectors.toList());
      assertThat(codec.fieldNames()).as(codec.name()).containsExactlyInAnyOrderElementsOf(accessors);
    }
  }
}
