package org.productivityplan.io.internal;

import java.util.Map;
import org.productivityplan.io.internal.Node.ObjectNode;

/** Generates the JSON Schemas of format 1.0 from the codecs, so schema and reader cannot disagree. */
final class Schemas {

  static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
  static final String PLAN_ID = "urn:productivityplan:schema:productivity-plan:1.0";
  static final String COUNCIL_PLAN_ID = "urn:productivityplan:schema:council-plan:1.0";

  private Schemas() {}

  /** Returns the schema with a description added (after any {@code $ref}). */
  static Node describe(Node schema, String doc) {
    Node.ObjectBuilder b = ObjectNode.builder();
    for (Map.Entry<String, Node.Member> e : ((ObjectNode) schema).members().entrySet()) {
      if (!e.getKey().equals("description")) {
        b.put(e.getKey(), e.getValue().value());
      }
    }
    b.put("description", doc);
    return b.build();
  }

  /** The schema of a productivity-plan document. */
  static String planSchema() {
    SchemaDefs defs = new SchemaDefs();
    Node root = Model.PRODUCTIVITY_PLAN.schema(defs);
    ObjectNode schema = Codecs.obj(
        "$schema", DRAFT,
        "$id", PLAN_ID,
        "title", "Productivity plan, JSON format 1.0",
        "description", "A council's productivity plan (2024), in format 1.0 of the Productivity Plan SDK."
            + " Properties not defined here are allowed: a reader keeps them. Never fetched: the id is a URN.",
        "$ref", ((ObjectNode) root).members().get("$ref").value(),
        "$defs", defs.toNode());
    return Printer.pretty(schema);
  }

  /** The schema of a council-plan document. */
  static String councilPlanSchema() {
    SchemaDefs defs = new SchemaDefs();
    Node root = Model.COUNCIL_PLAN.schema(defs);
    Node version = Codecs.SCHEMA_VERSION.schema(defs);
    ObjectNode schema = Codecs.obj(
        "$schema", DRAFT,
        "$id", COUNCIL_PLAN_ID,
        "title", "Council plan, JSON format 1.0",
        "description", "A council plan (or business plan) document, in format 1.0 of the Productivity Plan SDK."
            + " Properties not defined here are allowed: a reader keeps them. Never fetched: the id is a URN.",
        "type", "object",
        "required", java.util.List.of("schemaVersion"),
        "properties", Codecs.obj("schemaVersion", version),
        "$ref", ((ObjectNode) root).members().get("$ref").value(),
        "$defs", defs.toNode());
    return Printer.pretty(schema);
  }
}
