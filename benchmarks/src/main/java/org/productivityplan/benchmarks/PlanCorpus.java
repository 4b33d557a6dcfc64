package org.productivityplan.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The benchmark data: the Sefton fixture scaled by a factor, deterministically, as format-1.0 JSON
 * bytes.
 *
 * <p>A plan of scale {@code n} holds {@code n} copies of Sefton's 40 projects and 3 lines of
 * specified spend, each copy after the first with fresh ids ({@code "<id>--<copy>"}) and its
 * {@code parentId} and milestone ids renamed to match, and {@code n} times {@value
 * #KPIS_PER_COPY} synthetic KPIs. Sefton's plan states no KPIs, so without them KPIs could not
 * scale; every KPI has a baseline, a target, two measurements and an LG Inform source, and
 * measures four projects of its copy, so reference checks have work to do. Everything else (the
 * council, narratives, context, barriers, document control) is Sefton's, once.
 *
 * <p>The JSON is built on Jackson's tree from the fixture's text, not through the SDK, so the data
 * exists whatever state the SDK's reader is in, and it is written in the canonical layout
 * (two-space indent, {@code "key": value}, {@code \n}, trailing newline).
 *
 * <p>Stateless and thread-safe.
 */
public final class PlanCorpus {

  /** The classpath resource of the Sefton fixture, from the {@code examples} module. */
  public static final String SEFTON = "/org/productivityplan/examples/sefton-2024.json";

  /** The classpath resource of the Devon fixture. */
  public static final String DEVON = "/org/productivityplan/examples/devon-2024.json";

  /** The classpath resource of the Somerset fixture. */
  public static final String SOMERSET = "/org/productivityplan/examples/somerset-2024.json";

  /** How many synthetic KPIs each copy of Sefton's projects gets: one per four projects. */
  public static final int KPIS_PER_COPY = 10;

  /** How many projects each synthetic KPI measures. */
  static final int PROJECTS_PER_KPI = 4;

  /** The properties of a plan that follow {@code kpis} in the model's order. */
  private static final List<String> AFTER_KPIS =
      List.of(
          "monitoringArrangements",
          "progressUpdates",
          "documentControl",
          "endorsement",
          "submission",
          "publication");

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private static final ObjectWriter CANONICAL =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withArrayIndenter(new DefaultIndenter("  ", "\n"))
              .withObjectIndenter(new DefaultIndenter("  ", "\n")));

  private PlanCorpus() {}

  /**
   * Returns the bytes of a classpath resource.
   *
   * @param resource the resource's absolute name, such as {@link #SEFTON}
   * @return its bytes
   * @throws UncheckedIOException when it is missing or cannot be read
   */
  public static byte[] resource(String resource) {
    try (InputStream in = PlanCorpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("Classpath resource " + resource + " is missing"));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read classpath resource " + resource, e);
    }
  }

  /**
   * Returns a classpath resource parsed as a Jackson object node.
   *
   * @param resource the resource's absolute name
   * @return its root object
   */
  static ObjectNode tree(String resource) {
    try {
      return (ObjectNode) MAPPER.readTree(resource(resource));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot parse classpath resource " + resource, e);
    }
  }

  /**
   * Returns the Sefton plan scaled {@code scale} times, as canonical JSON in UTF-8.
   *
   * @param scale how many copies of the projects, KPIs and spend lines; at least 1
   * @return the document's bytes
   * @throws IllegalArgumentException when scale is below 1
   */
  public static byte[] scaledSefton(int scale) {
    return canonical(scaledSeftonTree(scale)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns the Sefton plan scaled {@code scale} times, as a Jackson tree.
   *
   * @param scale how many copies; at least 1
   * @return the plan's root object
   */
  static ObjectNode scaledSeftonTree(int scale) {
    if (scale < 1) {
      throw new IllegalArgumentException("scale must be at least 1, but was " + scale);
    }
    ObjectNode sefton = tree(SEFTON);
    ArrayNode projects = MAPPER.createArrayNode();
    ArrayNode spend = MAPPER.createArrayNode();
    ArrayNode kpis = MAPPER.createArrayNode();
    for (int copy = 0; copy < scale; copy++) {
      ArrayNode copiedProjects = MAPPER.createArrayNode();
      for (JsonNode project : sefton.withArray("projects")) {
        copiedProjects.add(copyProject((ObjectNode) project, copy));
      }
      for (JsonNode line : sefton.withArray("specifiedSpend")) {
        ObjectNode copied = line.deepCopy();
        copied.put("id", fresh(line.get("id").asText(), copy));
        spend.add(copied);
      }
      for (int k = 0; k < KPIS_PER_COPY; k++) {
        kpis.add(kpi(copy, k, copiedProjects));
      }
      projects.addAll(copiedProjects);
    }
    ObjectNode plan = MAPPER.createObjectNode();
    boolean kpisPlaced = false;
    for (Map.Entry<String, JsonNode> field : sefton.properties()) {
      String name = field.getKey();
      if (!kpisPlaced && AFTER_KPIS.contains(name)) {
        plan.set("kpis", kpis);
        kpisPlaced = true;
      }
      switch (name) {
        case "projects" -> plan.set(name, projects);
        case "specifiedSpend" -> plan.set(name, spend);
        case "kpis" -> throw new IllegalStateException("The Sefton fixture now has KPIs: revisit");
        default -> plan.set(name, field.getValue());
      }
    }
    if (!kpisPlaced) {
      plan.set("kpis", kpis);
    }
    return plan;
  }

  /**
   * Writes a tree in the canonical layout of format 1.0: two-space indent, {@code "key": value},
   * {@code \n} line ends, a trailing newline.
   *
   * @param node the tree
   * @return the JSON text
   */
  static String canonical(JsonNode node) {
    try {
      return CANONICAL.writeValueAsString(node) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a tree on one line, as JSON Lines needs.
   *
   * @param node the tree
   * @return the JSON text, without a line end
   */
  static String compact(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The id of an object in a copy: unchanged in the first copy, suffixed in the others. */
  static String fresh(String id, int copy) {
    return copy == 0 ? id : id + "--" + copy;
  }

  private static ObjectNode copyProject(ObjectNode project, int copy) {
    ObjectNode copied = project.deepCopy();
    if (copy == 0) {
      return copied;
    }
    copied.put("id", fresh(project.get("id").asText(), copy));
    copied.put("name", project.get("name").asText() + " (copy " + copy + ")");
    if (project.hasNonNull("parentId")) {
      copied.put("parentId", fresh(project.get("parentId").asText(), copy));
    }
    if (copied.has("milestones")) {
      for (JsonNode milestone : copied.withArray("milestones")) {
        ObjectNode m = (ObjectNode) milestone;
        m.put("id", fresh(m.get("id").asText(), copy));
      }
    }
    return copied;
  }

  /**
   * A synthetic KPI, its values derived from its position so that runs are repeatable, measuring
   * {@value #PROJECTS_PER_KPI} projects of its copy.
   */
  private static ObjectNode kpi(int copy, int k, ArrayNode projectsOfCopy) {
    int n = copy * KPIS_PER_COPY + k;
    boolean higher = n % 2 == 0;
    BigDecimal baseline = BigDecimal.valueOf(400 + (n * 37L) % 500, 1);
    BigDecimal step = BigDecimal.valueOf(50, 1);
    BigDecimal target = higher ? baseline.add(step) : baseline.subtract(step);
    ObjectNode kpi = MAPPER.createObjectNode();
    kpi.put("id", "kpi-" + (copy + 1) + "-" + (k + 1));
    kpi.put("name", "Synthetic indicator " + (k + 1) + " of copy " + (copy + 1));
    kpi.put(
        "description",
        "A measure of the projects it lists, added for the benchmarks: Sefton's plan reports"
            + " progress through KPIs to Cabinet but does not list them.");
    kpi.put("unit", "%");
    kpi.put("direction", higher ? "higherIsBetter" : "lowerIsBetter");
    kpi.set("baseline", value(baseline, "2023-04", "2024-03", null));
    kpi.set("target", value(target, "2025-04", "2026-03", null));
    ArrayNode measurements = kpi.putArray("measurements");
    measurements.add(value(baseline.add(BigDecimal.valueOf(n % 7, 1)), "2024-04", "2024-09", null));
    measurements.add(
        value(baseline.add(BigDecimal.valueOf(n % 11, 1)), "2024-10", "2025-03", "Provisional"));
    ObjectNode source = kpi.putObject("source");
    source.put("kind", "lgInform");
    source.put("metricId", "LGI-" + (1000 + n));
    ArrayNode projectIds = kpi.putArray("projectIds");
    for (int p = k * PROJECTS_PER_KPI; p < (k + 1) * PROJECTS_PER_KPI; p++) {
      projectIds.add(projectsOfCopy.get(p % projectsOfCopy.size()).get("id").asText());
    }
    return kpi;
  }

  private static ObjectNode value(BigDecimal v, String start, String end, @Nullable String note) {
    ObjectNode value = MAPPER.createObjectNode();
    value.put("value", v);
    ObjectNode period = value.putObject("period");
    period.put("start", start);
    period.put("end", end);
    if (note != null) {
      value.put("note", note);
    }
    return value;
  }
}
