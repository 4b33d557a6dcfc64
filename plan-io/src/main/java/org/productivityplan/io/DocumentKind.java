package org.productivityplan.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;

/**
 * What a JSON document in format 1.0 holds: a productivity plan or a council plan. One rule decides,
 * the same for every program that reads plans (the {@code plan} command's {@code validate} and
 * {@code fmt} use it), so that a document is never read as one kind by one and as the other by
 * another.
 *
 * <p>The rule, stated in {@code docs/format.md} (section "Documents"): a document is a
 * <b>council-plan document</b> when its root object <em>states</em> at least one property that only
 * a council plan has ({@link #councilPlanOnlyProperties()}: {@code period}, {@code vision}, {@code
 * outcomes}, {@code principles}, {@code relatedStrategies}, {@code keyFigures}, {@code
 * performanceReporting}) and none that only a
 * productivity plan has ({@link #productivityPlanOnlyProperties()}). A property is stated when its
 * value is not {@code null}, not {@code []} and not {@code {}}: the format reads those as not
 * stated, and the canonical writer omits them, so formatting a document never changes its kind.
 * Every other document is a <b>productivity-plan document</b>, including one that is not a JSON
 * object or not well-formed JSON: it is read, and refused, as a productivity plan.
 *
 * <p>The rule looks only at the root object's property names and whether each value is empty. It
 * reads the document with a streaming parser, skipping every value, so it holds nothing of the
 * document in memory.
 */
public enum DocumentKind {

  /** A {@link org.productivityplan.model.ProductivityPlan} at the root: read with {@code read}. */
  PRODUCTIVITY_PLAN,

  /** A {@link org.productivityplan.model.CouncilPlan} at the root: read with {@code readCouncilPlan}. */
  COUNCIL_PLAN;

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private static final Set<String> COUNCIL_PLAN_ONLY =
      Set.of(
          "period",
          "vision",
          "outcomes",
          "principles",
          "relatedStrategies",
          "keyFigures",
          "performanceReporting");

  private static final Set<String> PRODUCTIVITY_PLAN_ONLY =
      Set.of(
          "planDate",
          "status",
          "narratives",
          "context",
          "councilPlan",
          "projects",
          "specifiedSpend",
          "barriers",
          "kpis",
          "progressUpdates",
          "documentControl",
          "endorsement",
          "submission",
          "publication",
          "coverageNote",
          "notAssessed");

  /**
   * Returns the root properties that only a council plan has. Stating one of them, and none of
   * {@link #productivityPlanOnlyProperties()}, makes a document a council-plan document.
   *
   * @return the property names
   */
  public static Set<String> councilPlanOnlyProperties() {
    return COUNCIL_PLAN_ONLY;
  }

  /**
   * Returns the root properties that only a productivity plan has. Stating one of them makes a
   * document a productivity-plan document.
   *
   * @return the property names
   */
  public static Set<String> productivityPlanOnlyProperties() {
    return PRODUCTIVITY_PLAN_ONLY;
  }

  /**
   * Decides the kind of a document given as UTF-8 bytes (as read from a file or a stream).
   *
   * @param json the document's bytes
   * @return its kind; {@link #PRODUCTIVITY_PLAN} for anything that is not a council-plan document
   */
  public static DocumentKind of(byte[] json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser parser = FACTORY.createParser(json)) {
      return of(parser);
    } catch (IOException | RuntimeException e) {
      return PRODUCTIVITY_PLAN;
    }
  }

  /**
   * Decides the kind of a document given as text.
   *
   * @param json the document's text
   * @return its kind; {@link #PRODUCTIVITY_PLAN} for anything that is not a council-plan document
   */
  public static DocumentKind of(String json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser parser = FACTORY.createParser(json)) {
      return of(parser);
    } catch (IOException | RuntimeException e) {
      return PRODUCTIVITY_PLAN;
    }
  }

  private static DocumentKind of(JsonParser parser) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return PRODUCTIVITY_PLAN;
    }
    boolean councilPlanOnly = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      if (stated(parser)) {
        if (PRODUCTIVITY_PLAN_ONLY.contains(name)) {
          return PRODUCTIVITY_PLAN;
        }
        councilPlanOnly |= COUNCIL_PLAN_ONLY.contains(name);
      }
    }
    return councilPlanOnly ? COUNCIL_PLAN : PRODUCTIVITY_PLAN;
  }

  /** Moves past a member's value; tells whether it is stated (not null, [] or {}). */
  private static boolean stated(JsonParser parser) throws IOException {
    JsonToken value = parser.nextToken();
    if (value == null) {
      throw new IOException("unexpected end of the document");
    }
    if (value == JsonToken.VALUE_NULL) {
      return false;
    }
    if (!value.isStructStart()) {
      return true;
    }
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw new IOException("unexpected end of the document");
    }
    if (first.isStructEnd()) {
      return false;
    }
    // Skips the rest of the value, iteratively: a deep nesting costs no stack.
    int depth = first.isStructStart() ? 2 : 1;
    while (depth > 0) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw new IOException("unexpected end of the document");
      }
      if (token.isStructStart()) {
        depth++;
      } else if (token.isStructEnd()) {
        depth--;
      }
    }
    return true;
  }
}
