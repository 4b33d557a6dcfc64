package org.productivityplan.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds a user's project from the README's snippets, copied from README.md as they stand, against
 * the jars the reactor built (and what they bring at run time: no Immutables, no JUnit), with
 * {@code javac -Xlint:all -Werror}; then runs it, on the class path and on the module path. The
 * README's test class runs under each JUnit version of {@code consumer.dir/junit}. So the README
 * cannot say what does not compile, and users' strict builds stay clean.
 */
class ReadmeConsumerIT {

  private static final Path DIR = Path.of(System.getProperty("consumer.dir"));
  private static final Path README = Path.of(System.getProperty("readme"));
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  /** The jars a user has at run time, from the build's dependency list. */
  private static List<Path> sdkPath() throws IOException {
    String path = Files.readString(DIR.resolve("sdk.path")).strip();
    return Arrays.stream(path.split(Pattern.quote(File.pathSeparator))).map(Path::of).toList();
  }

  // ---- the README ----------------------------------------------------------------------------

  /** The fenced blocks of one language in one "## " section of the README, in order. */
  private static List<String> snippets(String section, String language) throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf("\n## " + section + "\n");
    assertThat(start).as("README section '%s'", section).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    String text = readme.substring(start, end < 0 ? readme.length() : end);
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^```" + language + "\n(.*?)^```$", Pattern.DOTALL).matcher(text);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).as("```%s blocks of README section '%s'", language, section).isNotEmpty();
    return blocks;
  }

  private static String snippet(String section, String language, int index) throws IOException {
    List<String> blocks = snippets(section, language);
    assertThat(blocks).as("```%s blocks of README section '%s'", language, section)
        .hasSizeGreaterThan(index);
    return blocks.get(index);
  }

  /**
   * The README's "building" and "reading" snippets as one program: it builds the plan, writes it
   * where the reading snippet reads it, and reads and validates it. Before, it uses method
   * references to the model's methods, and calls a builder method by reflection, as users do.
   */
  private static String program() throws IOException {
    String section = "Reading and validating a plan in Java";
    String reading = snippet(section, "java", 0);
    String building = snippet(section, "java", 1);
    return """
        package app;

        import java.nio.file.Files;
        import java.nio.file.Path;
        import org.productivityplan.io.*;
        import org.productivityplan.model.*;
        import org.productivityplan.validation.*;

        public final class ReadMe {

          private ReadMe() {}

          public static void main(String[] args) throws Exception {
            references();
            building();
            reading();
          }

          // Not from the README: what users write besides, method references to a builder's
          // and a value's methods, which the JVM checks for access across modules, and a call by
          // reflection, as frameworks make, which fails unless the class that declares the
          // method (the generated builder) is public.
          private static void references() throws Exception {
            ProductivityPlan.Builder builder = ProductivityPlan.builder()
                .council(Council.builder().name("Somerset Council").build())
                .title("Productivity Plan");
            java.util.List.of(TransformationProject.builder().id("p1").name("One").build())
                .forEach(builder::addProject);
            ProductivityPlan plan = builder.build();
            ProductivityPlan renamed =
                java.util.Optional.of("Plan 2024").map(plan::withTitle).orElseThrow();
            if (!renamed.title().equals("Plan 2024") || renamed.projects().size() != 1) {
              throw new AssertionError(renamed);
            }
            ProductivityPlan.Builder reflected = ProductivityPlan.builder();
            ProductivityPlan.Builder.class.getMethod("title", String.class)
                .invoke(reflected, "By reflection");
            String title = reflected.council(plan.council()).build().title();
            if (!title.equals("By reflection")) {
              throw new AssertionError(title);
            }
          }

          private static void building() throws Exception {
        %s
            Files.writeString(Path.of("my-plan.json"), canonical);
          }

          private static void reading() throws Exception {
        %s
          }
        }
        """.formatted(building, reading);
  }

  @Test
  void theMavenSnippetNamesTheArtifactsThisTestBuildsWith() throws IOException {
    String xml = snippet("Using it from Maven", "xml", 0);
    List<String> jars = sdkPath().stream().map(p -> p.getFileName().toString()).toList();
    Matcher bom = Pattern.compile(
        "<artifactId>plan-bom</artifactId>\\s*<version>([^<]+)</version>").matcher(xml);
    assertThat(bom.find()).as("the README imports plan-bom with a version").isTrue();
    assertThat(bom.group(1)).isEqualTo(System.getProperty("sdk.version"));
    String dependencies = xml.substring(xml.indexOf("</dependencyManagement>"));
    Matcher artifact = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(dependencies);
    List<String> named = new ArrayList<>();
    while (artifact.find()) {
      named.add(artifact.group(1));
    }
    assertThat(named).containsExactly("plan-io", "plan-validation", "examples");
    for (String artifactId : named) {
      assertThat(jars).as("the user's class path").anyMatch(j -> j.startsWith(artifactId + "-"));
    }
    assertThat(jars).as("the user's class path").noneMatch(j -> j.startsWith("value-"))
        .noneMatch(j -> j.startsWith("junit-"));
  }

  // ---- the program, on the class path and the module path -----------------------------------

  @Test
  void theSnippetsCompileCleanAndRunOnTheClassPath() throws Exception {
    Path work = fresh("classpath");
    Path src = write(work.resolve("src/app/ReadMe.java"), program());
    Path out = work.resolve("classes");
    compile(List.of(src), out, List.of("--class-path", path(sdkPath())));

    String output = run(work, JAVA, "--class-path", path(prepend(out, sdkPath())), "app.ReadMe");

    assertRanTheReadingSnippet(output, work);
  }

  @Test
  void theSnippetsCompileCleanAndRunOnTheModulePath() throws Exception {
    Path work = fresh("modulepath");
    String module = snippet("Using it from Maven", "java", 0);
    Matcher name = Pattern.compile("module\\s+([\\w.]+)").matcher(module);
    assertThat(name.find()).as("the README's module declaration").isTrue();
    Path info = write(work.resolve("src/module-info.java"), module);
    Path src = write(work.resolve("src/app/ReadMe.java"), program());
    Path out = work.resolve("classes");
    compile(List.of(info, src), out, List.of("--module-path", path(sdkPath())));

    String output = run(work, JAVA, "--module-path", path(prepend(out, sdkPath())),
        "--module", name.group(1) + "/app.ReadMe");

    assertRanTheReadingSnippet(output, work);
  }

  private static void assertRanTheReadingSnippet(String output, Path work) throws IOException {
    assertThat(Files.readString(work.resolve("my-plan.json")))
        .contains("\"name\": \"Somerset Council\"")
        .contains("\"id\": \"agency-staff\"");
    List<String> lines = output.lines().toList();
    // The README's plan is a coherent draft: valid, and (with no project, KPI or milestone)
    // incomplete; each finding is printed as the snippet says, one per line.
    assertThat(lines).as(output).endsWith("valid", "incomplete");
    assertThat(lines.subList(0, lines.size() - 2)).as(output).isNotEmpty()
        .allMatch(l -> l.matches("(error|warning|info) [A-Z]+[0-9]+ \\S*: .+"), "a finding");
  }

  // ---- the test class, under each JUnit version ----------------------------------------------

  static Stream<Named<Path>> junitVersions() throws IOException {
    try (Stream<Path> jars = Files.list(DIR.resolve("junit"))) {
      List<Path> list = jars.sorted().toList();
      assertThat(list).as("JUnit console jars in " + DIR.resolve("junit")).hasSize(3);
      return list.stream().map(jar -> Named.of(jar.getFileName().toString(), jar));
    }
  }

  @ParameterizedTest
  @MethodSource("junitVersions")
  void theTestSnippetCompilesCleanAndPassesUnder(Path junit) throws Exception {
    String version = junit.getFileName().toString().replaceAll("^.*-(\\d[^-]*)\\.jar$", "$1");
    Path work = fresh("junit-" + version);
    String test = snippet("In your tests", "java", 0);
    Matcher name = Pattern.compile("(?m)^class (\\w+)").matcher(test);
    assertThat(name.find()).as("the README's test class").isTrue();
    Path src = write(work.resolve("src/" + name.group(1) + ".java"), test);
    Path out = work.resolve("classes");
    List<Path> classPath = prepend(junit, sdkPath());
    compile(List.of(src), out, List.of("--class-path", path(classPath)));

    String output = run(work, JAVA, "-jar", junit.toString(), "execute", "--disable-banner",
        "--disable-ansi-colors", "--details=tree", "--fail-if-no-tests",
        "--class-path", path(prepend(out, sdkPath())), "--select-class", name.group(1));

    assertThat(output).contains("somerset-2024", "devon-2024", "sefton-2024")
        .containsPattern("\\b4 tests successful")
        .containsPattern("\\b0 tests failed");
  }

  // ---- tools ---------------------------------------------------------------------------------

  private static Path fresh(String name) throws IOException {
    Path work = DIR.resolve(name);
    if (Files.exists(work)) {
      try (Stream<Path> all = Files.walk(work)) {
        all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
          try {
            Files.delete(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
    return Files.createDirectories(work);
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static List<Path> prepend(Path first, List<Path> rest) {
    List<Path> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private static String path(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /** Compiles as a strict user's build does, and fails on any diagnostic at all. */
  private static void compile(List<Path> sources, Path out, List<String> paths) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>(
        List.of("--release", "17", "-Xlint:all", "-Werror", "-d", out.toString()));
    options.addAll(paths);
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources)).call();
      String report = diagnostics.getDiagnostics().stream()
          .map(d -> d.getKind() + " " + d.getSource() + ":" + d.getLineNumber() + ": "
              + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n"));
      assertThat(diagnostics.getDiagnostics()).as(report)
          .noneMatch(d -> d.getKind() != Diagnostic.Kind.OTHER);
      assertThat(ok).as(report).isTrue();
    }
  }

  /**
   * Runs a command in a directory and returns what it printed on standard output; fails unless it
   * exits with 0 and prints no warning, error or stack trace on standard error.
   */
  private static String run(Path dir, String... command) throws Exception {
    Path err = dir.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectError(err.toFile()).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished: " + output).isTrue();
    String errors = Files.readString(err);
    String what = String.join(" ", command) + "\n" + output + "\nstandard error:\n" + errors;
    assertThat(process.exitValue()).as(what).isZero();
    // Hibernate Validator announces its version at INFO level through java.util.logging;
    // anything worse is a defect a user would see.
    assertThat(errors).as(what).doesNotContain("WARNING", "SEVERE", "Exception", "\tat ");
    return output;
  }
}
