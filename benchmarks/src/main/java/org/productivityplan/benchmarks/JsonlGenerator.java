package org.productivityplan.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a JSON Lines file of small, varied productivity plans, one plan per line, for the bulk
 * measurement of {@code plan validate --jsonl}.
 *
 * <p>Plan {@code i} is made from one of the Sefton, Devon and Somerset fixtures ({@code i mod 3}):
 * a window of 3 to 10 of its projects (its start moving with {@code i}; a {@code parentId} whose
 * parent falls outside the window is dropped), 1 to 3 of its barriers, all its spend lines, and its
 * own title, {@code "... (plan <i>)"}. To keep plans small (about 5 KB), texts longer than {@value
 * #MAX_TEXT} characters are cut at a word and end with an ellipsis, and only every tenth plan keeps
 * the council's context. The rest of the fixture is kept, so the rules see realistic content. Every
 * 97th plan has a malformed GSS code, so reports are not all alike. Line {@code i} is a function of
 * {@code i} alone: the same count gives the same bytes.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.productivityplan.benchmarks.JsonlGenerator FILE
 * COUNT}.
 *
 * <p>Thread-safe: instances hold only the parsed fixtures and are not modified.
 */
public final class JsonlGenerator {

  /** Every this-many-th plan (1-based) has an invalid GSS code. */
  static final int BAD_GSS_EVERY = 97;

  /** Texts longer than this are shortened. */
  static final int MAX_TEXT = 120;

  /** Every this-many-th plan (from the first) keeps its context. */
  static final int CONTEXT_EVERY = 10;

  private static final int MIN_PROJECTS = 3;
  private static final int MAX_PROJECTS = 10;

  private final List<ObjectNode> fixtures;

  /** Creates a generator over the three productivity-plan fixtures. */
  public JsonlGenerator() {
    this.fixtures =
        List.of(
            PlanCorpus.tree(PlanCorpus.SEFTON),
            PlanCorpus.tree(PlanCorpus.DEVON),
            PlanCorpus.tree(PlanCorpus.SOMERSET));
  }

  /**
   * Writes the file.
   *
   * @param args the file to write and how many plans
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("Usage: JsonlGenerator FILE COUNT");
      System.exit(2);
      return;
    }
    Path file = Path.of(args[0]);
    int count;
    try {
      count = Integer.parseInt(args[1]);
    } catch (NumberFormatException e) {
      System.err.println("COUNT must be a whole number, but was " + args[1]);
      System.exit(2);
      return;
    }
    long bytes = new JsonlGenerator().write(file, count);
    System.out.printf("Wrote %,d plans (%,d bytes) to %s%n", count, bytes, file);
  }

  /**
   * Writes {@code count} plans to a file, one per line.
   *
   * @param file the file, replaced if it exists
   * @param count how many plans
   * @return the file's size in bytes
   * @throws IOException when the file cannot be written
   */
  public long write(Path file, int count) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(out, count);
    }
    return Files.size(file);
  }

  /**
   * Writes {@code count} plans, one per line, each line ending with {@code \n}.
   *
   * @param out where to write; not closed
   * @param count how many plans
   * @throws IOException when writing fails
   */
  public void write(Writer out, int count) throws IOException {
    Writer buffered = out instanceof BufferedWriter ? out : new BufferedWriter(out);
    for (int i = 0; i < count; i++) {
      buffered.write(line(i));
      buffered.write('\n');
    }
    buffered.flush();
  }

  /**
   * Returns plan {@code i} as one line of JSON, without a line end.
   *
   * @param i the plan's index, from 0
   * @return the JSON text
   */
  public String line(int i) {
    return PlanCorpus.compact(plan(i));
  }

  /**
   * Returns plan {@code i} as a Jackson tree.
   *
   * @param i the plan's index, from 0
   * @return a new tree
   */
  ObjectNode plan(int i) {
    if (i < 0) {
      throw new IllegalArgumentException("index must not be negative, but was " + i);
    }
    ObjectNode plan = fixtures.get(i % fixtures.size()).deepCopy();
    plan.put("title", plan.get("title").asText() + " (plan " + (i + 1) + ")");
    if ((i + 1) % BAD_GSS_EVERY == 0) {
      ((ObjectNode) plan.get("council")).put("gssCode", "X" + (i + 1));
    }

    ArrayNode projects = (ArrayNode) plan.get("projects");
    int window = MIN_PROJECTS + (i / fixtures.size()) % (MAX_PROJECTS - MIN_PROJECTS + 1);
    window = Math.min(window, projects.size());
    int start = (i * 7) % projects.size();
    ArrayNode kept = PlanCorpus.MAPPER.createArrayNode();
    Set<String> keptIds = new HashSet<>();
    for (int k = 0; k < window; k++) {
      JsonNode project = projects.get((start + k) % projects.size());
      kept.add(project);
      keptIds.add(project.get("id").asText());
    }
    for (JsonNode project : kept) {
      JsonNode parent = project.get("parentId");
      if (parent != null && !keptIds.contains(parent.asText())) {
        ((ObjectNode) project).remove("parentId");
      }
    }
    plan.set("projects", kept);

    JsonNode barriers = plan.get("barriers");
    if (barriers instanceof ArrayNode all && all.size() > 1) {
      ArrayNode some = PlanCorpus.MAPPER.createArrayNode();
      int n = Math.min(all.size(), 1 + i % 3);
      for (int k = 0; k < n; k++) {
        some.add(all.get((i + k) % all.size()));
      }
      plan.set("barriers", some);
    }
    if (i % CONTEXT_EVERY != 0) {
      plan.remove("context");
    }
    return (ObjectNode) shorten(plan);
  }

  /** Shortens every long text in a tree, in place where it can; returns the node to use. */
  private static JsonNode shorten(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        field.setValue(shorten(field.getValue()));
      }
    } else if (node instanceof ArrayNode array) {
      for (int k = 0; k < array.size(); k++) {
        array.set(k, shorten(array.get(k)));
      }
    } else if (node.isTextual() && node.asText().length() > MAX_TEXT) {
      String text = node.asText().substring(0, MAX_TEXT);
      int space = text.lastIndexOf(' ');
      return TextNode.valueOf((space > 0 ? text.substring(0, space) : text) + "\u2026");
    }
    return node;
  }
}
