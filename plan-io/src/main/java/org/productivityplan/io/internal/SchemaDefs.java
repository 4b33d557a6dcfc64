package org.productivityplan.io.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.productivityplan.io.internal.Node.ObjectNode;

/** The {@code $defs} of a schema being generated, in the order first referred to. */
final class SchemaDefs {

  private final Map<String, Node> defs = new LinkedHashMap<>();

  /**
   * Returns a reference to a definition, generating the definition the first time.
   *
   * @param name the definition's name
   * @param definition makes the definition
   * @return {@code {"$ref": "#/$defs/name"}}
   */
  Node ref(String name, Supplier<Node> definition) {
    if (!defs.containsKey(name)) {
      defs.put(name, Node.NullNode.PLACEHOLDER); // guards recursion (a council's predecessors)
      defs.put(name, definition.get());
    }
    return ObjectNode.builder().put("$ref", "#/$defs/" + name).build();
  }

  ObjectNode toNode() {
    Node.ObjectBuilder b = ObjectNode.builder();
    defs.forEach(b::put);
    return b.build();
  }
}
