package org.productivityplan.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schemas shipped in the jar are generated from the same descriptors that drive the reader and
 * writer. When the model changes, regenerate them with {@code -Dplanio.writeSchemas=true}.
 */
class SchemaResourceTest {

  @ParameterizedTest
  @ValueSource(strings = {Engine.PLAN_SCHEMA, Engine.COUNCIL_PLAN_SCHEMA})
  void shippedSchemaIsTheOneGeneratedFromTheDescriptors(String resource) throws IOException {
    String generated = Engine.generatedSchema(resource);
    if (Boolean.getBoolean("planio.writeSchemas")) {
      Path target = Path.of("src/main/resources/org/productivityplan/io", resource);
      Files.writeString(target, generated, StandardCharsets.UTF_8);
    }
    assertThat(Engine.schemaText(resource))
        .as("%s is stale: run the plan-io tests with -Dplanio.writeSchemas=true and commit it", resource)
        .isEqualTo(generated);
  }
}
