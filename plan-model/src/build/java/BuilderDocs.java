import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the javadoc tool's view of the model's generated sources, so that the page of each
 * public {@code X.Builder} documents the methods it inherits from the generated {@code
 * ImmutableX.Builder}, each with a sentence saying which property it sets and how.
 *
 * <p>Run by the build (plan-model's pom) after compiling, as {@code java BuilderDocs.java
 * MODEL_SOURCES GENERATED_SOURCES OUTPUT}. It copies the generated sources to OUTPUT, and in each
 * {@code ImmutableX.java} whose {@code X} declares {@code Builder extends ImmutableX.Builder}:
 *
 * <ul>
 *   <li>declares the generated builder package-private, so that javadoc shows its public methods
 *       on {@code X.Builder}'s page as if declared there (javadoc's rule for a public class that
 *       extends a non-public one). Only javadoc sees this: the compiled builder stays public,
 *       because a user's {@code Method.invoke} of an inherited method from another package fails
 *       with {@code IllegalAccessException} when the declaring class is not public (javac itself
 *       compiles method references to such methods to lambdas, which work);
 *   <li>replaces the main description of each public builder method by one that names the
 *       property, says what the method does with it (sets, adds to, replaces, what an empty
 *       {@code Optional} means) and repeats the first sentence of the property's own javadoc in
 *       {@code X}. The tags ({@code @param}, {@code @return}, {@code @throws}) are Immutables'.
 * </ul>
 *
 * <p>It fails (exit status 1) on a generated comment it does not recognise, so that a new
 * Immutables version that words them differently is noticed here; {@code BuilderJavadocIT} checks
 * the pages that javadoc writes from this view.
 */
public final class BuilderDocs {

  private static final Pattern ACCESSOR =
      Pattern.compile(
          "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*((?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*)"
              + "(?:public )?(?:abstract )?(?:final )?[^;{=()]*?\\s(\\w+)\\(\\)",
          Pattern.DOTALL);
  private static final Pattern METHOD_DOC =
      Pattern.compile(
          "( {4}/\\*\\*\\n)((?: {5}\\*.*\\n)*?)( {5}\\*/\\n)((?: {4}@.*\\n)*)( {4}public [^\\n]*\\{)");
  private static final Pattern SIGNATURE =
      Pattern.compile(" {4}public (?:final )?\\S+ (\\w+)\\((.*)\\) \\{");
  private static final Pattern PROPERTY = Pattern.compile("\\{@link (\\w+)#(\\w+)\\(\\) \\w+\\}");
  private static final String GENERATED_BUILDER = "\n  public static class Builder {\n";

  private BuilderDocs() {}

  /**
   * Writes the view.
   *
   * @param args the model's source directory, the generated sources' root, the output root
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path model = Path.of(args[0]);
    Path generated = Path.of(args[1]);
    Path out = Path.of(args[2]);
    deleteTree(out);
    Map<String, String> extensible = accessorSummaries(read(model.resolve("Extensible.java")), "Extensible");
    int builders = 0;
    try (Stream<Path> files = Files.walk(generated)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path target = out.resolve(generated.relativize(file).toString());
        Files.createDirectories(target.getParent());
        String text = read(file);
        String name = file.getFileName().toString();
        if (name.startsWith("Immutable") && name.endsWith(".java")) {
          String type = name.substring("Immutable".length(), name.length() - ".java".length());
          Path source = model.resolve(type + ".java");
          if (Files.exists(source)
              && read(source).contains("class Builder extends Immutable" + type + ".Builder")) {
            String declared = read(source);
            Map<String, String> summaries = new HashMap<>(extensible);
            summaries.putAll(accessorSummaries(declared, type));
            text = documentBuilder(file, text, type, declared.contains("@Value.Check"), summaries);
            builders++;
          }
        }
        Files.writeString(target, text);
      }
    }
    if (builders == 0) {
      fail(generated + ": no generated builder found");
    }
  }

  /** Returns, by accessor name, the first sentence of its javadoc, made into a noun phrase. */
  private static Map<String, String> accessorSummaries(String source, String type) {
    Map<String, String> summaries = new HashMap<>();
    Matcher m = ACCESSOR.matcher(source);
    while (m.find()) {
      String text = m.group(1).replaceAll("(?m)^\\s*\\*", " ").replaceAll("\\s+", " ").trim();
      int tag = text.indexOf(" @");
      if (tag >= 0) {
        text = text.substring(0, tag);
      }
      Matcher end = Pattern.compile("\\.(\\s|$)").matcher(text);
      if (end.find()) {
        text = text.substring(0, end.start());
      }
      if (text.startsWith("Returns ")) {
        // Links relative to X (#other()) would resolve against the builder: qualify them.
        text = text.substring("Returns ".length()).replace("{@link #", "{@link " + type + "#");
        summaries.put(m.group(3), text);
      }
    }
    return summaries;
  }

  private static String documentBuilder(
      Path file, String text, String type, boolean checked, Map<String, String> summaries) {
    int start = text.indexOf(GENERATED_BUILDER);
    if (start < 0) {
      fail(file + ": no \"public static class Builder\"");
    }
    String head = text.substring(0, start) + "\n  static class Builder {\n";
    String body = text.substring(start + GENERATED_BUILDER.length());
    List<String> required = new ArrayList<>();
    Matcher req = Pattern.compile("Initializes the value for the \\{@link \\w+#(\\w+)\\(\\) \\w+\\} attribute\\.\\n(?! {5}\\* <p><em>If not set)").matcher(body);
    while (req.find()) {
      required.add(req.group(1));
    }
    StringBuilder result = new StringBuilder(head);
    Matcher m = METHOD_DOC.matcher(body);
    int last = 0;
    while (m.find()) {
      if (m.group(5).startsWith("    public Builder(")) {
        continue; // the constructor: X.Builder's own is documented in X
      }
      String[] lines = m.group(2).split("\n");
      StringBuilder original = new StringBuilder();
      StringBuilder tags = new StringBuilder();
      for (String line : lines) {
        if (line.startsWith("     * @") || tags.length() > 0) {
          tags.append(line).append('\n');
        } else {
          original.append(line.substring("     *".length()).trim()).append(' ');
        }
      }
      Matcher sig = SIGNATURE.matcher(m.group(5));
      if (!sig.matches()) {
        fail(file + ": unexpected signature " + m.group(5).trim());
      }
      String description =
          describe(file, type, checked, original.toString().trim(), sig.group(1), sig.group(2), summaries, required);
      result.append(body, last, m.start())
          .append(m.group(1))
          .append("     * ").append(description).append('\n')
          .append(tags)
          .append(m.group(3))
          .append(m.group(4))
          .append(m.group(5));
      last = m.end();
    }
    return result.append(body.substring(last)).toString();
  }

  private static String describe(
      Path file,
      String type,
      boolean checked,
      String original,
      String method,
      String parameters,
      Map<String, String> summaries,
      List<String> required) {
    if (original.startsWith("Builds a new ")) {
      String broken = checked ? " when they break a rule of {@link " + type + "}" : "";
      return required.isEmpty()
          ? "Returns the {@link " + type + "} of the properties set: none is required"
              + (checked ? ", but it throws {@link IllegalStateException}" + broken : "") + "."
          : "Returns the {@link " + type + "} of the properties set, or throws {@link"
              + " IllegalStateException} naming each required property not set ("
              + String.join(", ", required) + ")" + (checked ? ", or" + broken : "") + ".";
    }
    if (original.startsWith("Fill a builder with attribute values from the provided ")) {
      if (parameters.startsWith("Extensible ")) {
        return "Adds the {@link Extensible#unknownProperties() unknown properties} of any object of"
            + " the model to this builder's, replacing those of the same names.";
      }
      return "Copies an existing {@link " + type + "}: its values, and its optional values that are"
          + " stated, replace those set; its list elements and map entries are added to those"
          + " already here.";
    }
    Matcher p = PROPERTY.matcher(original);
    if (!p.find()) {
      fail(file + ": " + method + ": no property named in \"" + original + "\"");
    }
    String property = "{@link " + p.group(1) + "#" + p.group(2) + "() " + p.group(2) + "}";
    String summary = summaries.get(p.group(2));
    String of = summary == null ? "." : ": " + summary + ".";
    if (original.startsWith("Initializes the optional value ")) {
      return parameters.startsWith("Optional<")
          ? "Sets " + property + " from an {@code Optional}: an empty one makes it not stated,"
              + " clearing a value set before (null is refused)."
          : "Sets " + property + " to a stated value (it is not stated until set; null is"
              + " refused)" + of;
    }
    if (original.startsWith("Initializes the value for the ")) {
      return original.contains("If not set,")
          ? "Sets " + property + " (it has a default when not set)" + of
          : "Sets " + property + " (required)" + of;
    }
    if (original.startsWith("Adds one element to ")) {
      return "Adds one element at the end of the list " + property + of;
    }
    if (original.startsWith("Adds elements to ")) {
      return "Adds the elements given, in order, at the end of the list " + property
          + ", after those added before.";
    }
    if (original.startsWith("Sets or replaces all elements for ")) {
      return "Replaces the list " + property + " by the elements given, in order, dropping those"
          + " added before.";
    }
    if (original.startsWith("Put one entry to the ")) {
      return "Puts one entry in the map " + property + ", replacing an entry of the same key" + of;
    }
    if (original.startsWith("Put all mappings from the specified map ")) {
      return "Puts every entry of the map given in the map " + property + ", replacing entries of"
          + " the same keys.";
    }
    if (original.startsWith("Sets or replaces all mappings from the specified map ")) {
      return "Replaces the map " + property + " by the entries given, dropping those put before.";
    }
    fail(file + ": " + method + ": unrecognised comment \"" + original + "\"");
    throw new AssertionError();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
  }

  private static void fail(String message) {
    System.err.println("BuilderDocs: " + message);
    System.exit(1);
  }
}
