package org.productivityplan.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model's Java sources are the one hand-edited source of its shape; the descriptors in {@link
 * Model} (one codec line per property) must agree with them. This test fails when they do not: a
 * model type without a descriptor or a descriptor without a type, an accessor without a codec line
 * or a codec line without an accessor, a codec line out of the model's order (which is the JSON
 * property order), or one whose kind does not fit the accessor (a required property for an {@code
 * Optional}, a list or a map, or the reverse). The value types themselves are checked by the
 * compiler: each codec line names the accessor and the builder method it uses. The format's
 * documentation follows them too: docs/format.md has a table row for each codec line.
 */
class ModelCoverageTest {

  /** The model's sources, in the reactor next to this module. */
  private static final Path MODEL_SOURCES = Path.of(System.getProperty("basedir", "."))
      .resolve("../plan-model/src/main/java/org/productivityplan/model").normalize();

  /** The format's documentation, whose "Object types" tables list every property. */
  private static final Path FORMAT_DOC = Path.of(System.getProperty("basedir", "."))
      .resolve("../docs/format.md").normalize();

  private static List<ObjectCodec<?, ?>> codecs() throws IllegalAccessException {
    List<ObjectCodec<?, ?>> codecs = new ArrayList<>();
    for (Field f : Model.class.getDeclaredFields()) {
      if (f.getType() == ObjectCodec.class) {
        codecs.add((ObjectCodec<?, ?>) f.get(null));
      }
    }
    return codecs;
  }

  private static Class<?> modelType(String name) throws ClassNotFoundException {
    return Class.forName("org.productivityplan.model." + name);
  }

  /**
   * The accessors of a model type, in the order its source declares them: the public, non-static,
   * non-final methods without parameters (derived queries such as {@code type()} are final).
   */
  private static List<Method> accessors(Class<?> type) throws IOException {
    String source = Files.readString(MODEL_SOURCES.resolve(type.getSimpleName() + ".java"));
    Map<String, Integer> declaredAt = new HashMap<>();
    List<Method> accessors = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      int mods = method.getModifiers();
      if (Modifier.isPublic(mods) && !Modifier.isStatic(mods) && !Modifier.isFinal(mods)
          && method.getParameterCount() == 0 && !method.isSynthetic()) {
        // Its declaration: the name, then "();" or "() {", but not a call ("x.name()", "return
        // name();").
        Matcher m = Pattern.compile("(?<![.\\w])(?<!return )" + method.getName() + "\\(\\)\\s*[;{]")
            .matcher(source);
        assertThat(m.find()).as("%s() declared in %s.java", method.getName(), type.getSimpleName())
            .isTrue();
        declaredAt.put(method.getName(), m.start());
        accessors.add(method);
      }
    }
    accessors.sort(Comparator.comparing(a -> declaredAt.get(a.getName())));
    return accessors;
  }

  @Test
  void everyExtensibleModelTypeHasADescriptorAndEveryDescriptorAType() throws Exception {
    TreeSet<String> extensible = new TreeSet<>();
    try (Stream<Path> files = Files.list(MODEL_SOURCES)) {
      for (Path file : files.toList()) {
        String source = Files.readString(file);
        if (source.contains("@Value.Immutable") && source.contains(" implements Extensible")) {
          extensible.add(file.getFileName().toString().replace(".java", ""));
        }
      }
    }
    assertThat(extensible).as("model sources in " + MODEL_SOURCES)
        .contains("ProductivityPlan", "Council", "CouncilPlan", "KeyPriority", "Publication");
    assertThat(codecs()).extracting(ObjectCodec::name).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(extensible);
  }

  @Test
  void everyDescriptorListsItsTypesAccessorsInTheModelsOrder() throws Exception {
    for (ObjectCodec<?, ?> codec : codecs()) {
      List<String> accessors =
          accessors(modelType(codec.name())).stream().map(Method::getName).toList();
      assertThat(codec.fieldNames()).as("codec lines of %s, against its accessors", codec.name())
          .containsExactlyElementsOf(accessors);
    }
  }

  @Test
  void everyCodecLineIsRequiredExactlyWhenItsAccessorIsARequiredValue() throws Exception {
    for (ObjectCodec<?, ?> codec : codecs()) {
      for (Method accessor : accessors(modelType(codec.name()))) {
        Class<?> type = accessor.getReturnType();
        boolean container = type == Optional.class || Collection.class.isAssignableFrom(type)
            || Map.class.isAssignableFrom(type);
        // A @Value.Default accessor is not abstract: the builder need not be given it.
        boolean required = !container && Modifier.isAbstract(accessor.getModifiers());
        var field = codec.field(accessor.getName());
        assertThat(field).as("codec line %s.%s", codec.name(), accessor.getName()).isNotNull();
        assertThat(field.required())
            .as("%s.%s() returns %s: is its codec line required?", codec.name(),
                accessor.getName(), accessor.getGenericReturnType().getTypeName())
            .isEqualTo(required);
      }
    }
  }

  @Test
  void theFormatDocumentHasARowForEveryCodecLineInItsOrder() throws Exception {
    String doc = Files.readString(FORMAT_DOC);
    for (ObjectCodec<?, ?> codec : codecs()) {
      Matcher section = Pattern.compile("\n### " + codec.name() + "\n(.*?)(?=\n#)", Pattern.DOTALL)
          .matcher(doc);
      assertThat(section.find()).as("a section \"### %s\" in %s", codec.name(), FORMAT_DOC).isTrue();
      Matcher rows = Pattern.compile("^\\| `(\\w+)` \\| [^|]* \\| (yes|) \\|", Pattern.MULTILINE)
          .matcher(section.group(1));
      List<String> documented = new ArrayList<>();
      List<String> expected = new ArrayList<>();
      while (rows.find()) {
        documented.add(rows.group(1) + (rows.group(2).isEmpty() ? "" : " (required)"));
      }
      for (String name : codec.fieldNames()) {
        expected.add(name + (codec.field(name).requiredInSchema() ? " (required)" : ""));
      }
      assertThat(documented)
          .as("the rows of the table of %s in docs/format.md, against its codec lines", codec.name())
          .containsExactlyElementsOf(expected);
    }
  }
}
