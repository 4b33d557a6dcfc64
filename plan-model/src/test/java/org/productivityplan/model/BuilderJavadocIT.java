package org.productivityplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The javadoc pages of the builders, as the build wrote them (after {@code javadoc:jar}): each
 * public {@code X.Builder} lists every public method a user can call on it, with a sentence that
 * names the property it sets and says how. Javadoc shows the generated builder's methods there
 * only because {@code src/build/java/BuilderDocs.java} gives it a view of the generated sources
 * where that builder is package-private; this checks that the view did its work.
 */
class BuilderJavadocIT {

  private static final Path CLASSES = Path.of("target", "classes", "org", "productivityplan", "model");
  private static final Path PAGES =
      Path.of("target", "reports", "apidocs", "org.productivityplan.model", "org", "productivityplan", "model");
  /** The link of a row of the method summary to its method, by javadoc's anchor of it. */
  private static final Pattern ROW = Pattern.compile("<a href=\"#([^\"]+)\" class=\"member-name-link\">");

  private static final Pattern BLOCK = Pattern.compile("<div class=\"block\">(.*?)</div>", Pattern.DOTALL);

  /** Returns each public {@code X.Builder} of the model, found among the compiled classes. */
  static List<Class<?>> builders() throws IOException, ClassNotFoundException {
    List<Class<?>> builders = new ArrayList<>();
    try (Stream<Path> files = Files.list(CLASSES)) {
      for (String name : files.map(f -> f.getFileName().toString()).sorted().toList()) {
        if (name.endsWith("$Builder.class") && !name.startsWith("Immutable")) {
          Class<?> builder =
              Class.forName("org.productivityplan.model." + name.substring(0, name.length() - ".class".length()));
          if (Modifier.isPublic(builder.getModifiers())) {
            builders.add(builder);
          }
        }
      }
    }
    return builders;
  }

  @Test
  void everyBuilderOfTheModelIsChecked() throws Exception {
    assertThat(builders())
        .contains(ProductivityPlan.Builder.class, TransformationProject.Builder.class, Finding.Builder.class)
        .hasSizeGreaterThanOrEqualTo(28);
  }

  @ParameterizedTest
  @MethodSource("builders")
  void eachPublicMethodIsListedWithWhatItDoes(Class<?> builder) throws IOException {
    Class<?> type = builder.getEnclosingClass();
    String page = Files.readString(PAGES.resolve(type.getSimpleName() + ".Builder.html"));
    int start = page.indexOf("id=\"method-summary\"");
    assertThat(start).as("%s.Builder's page has no method summary", type.getSimpleName()).isNotNegative();
    int end = page.indexOf("id=\"method-detail\"", start);
    String summary = page.substring(start, end < 0 ? page.length() : end);
    assertThat(summary.contains("Immutable"))
        .as("%s's page names the generated builder (its methods shown as bare inherited names)", type)
        .isFalse();

    Map<String, String> descriptions = new HashMap<>();
    Matcher row = ROW.matcher(summary);
    List<Integer> starts = new ArrayList<>();
    List<String> anchors = new ArrayList<>();
    while (row.find()) {
      starts.add(row.end());
      anchors.add(row.group(1));
    }
    starts.add(summary.length());
    for (int i = 0; i < anchors.size(); i++) {
      // The row's description, if it has one, is before the next row's link.
      Matcher block = BLOCK.matcher(summary.substring(starts.get(i), starts.get(i + 1)));
      descriptions.put(anchors.get(i), block.find() ? text(block.group(1)) : "");
    }
    List<Method> methods =
        Arrays.stream(builder.getMethods())
            .filter(m -> m.getDeclaringClass() != Object.class)
            .toList();
    assertThat(methods).hasSizeGreaterThan(4);
    for (Method method : methods) {
      String anchor = anchor(method);
      String description = descriptions.get(anchor);
      assertThat(description).as("%s on %s", anchor, builder.getCanonicalName()).isNotNull().isNotEmpty();
      assertThat(description.split(" ")).as("description of %s", anchor).hasSizeGreaterThan(4);
      String name = method.getName();
      if (isProperty(type, name)) {
        Class<?> value = accessor(type, name).getReturnType();
        if (value == Optional.class) {
          assertThat(description)
              .as(anchor)
              .startsWith("Sets " + name)
              .contains(method.getParameterTypes()[0] == Optional.class
                  ? "an empty one makes it not stated"
                  : "not stated until set");
        } else if (value == List.class) {
          assertThat(description).as(anchor).startsWith("Replaces the list " + name + " ");
        } else if (value == Map.class) {
          assertThat(description).as(anchor).startsWith("Replaces the map " + name + " ");
        } else {
          assertThat(description).as(anchor).startsWith("Sets " + name + " ");
        }
      } else if (name.startsWith("add") || name.startsWith("put")) {
        String kind = name.startsWith("add") ? "list" : "map";
        Matcher named = Pattern.compile("^(Adds|Puts) .* the " + kind + " (\\w+)").matcher(description);
        assertThat(named.find()).as("%s: %s", anchor, description).isTrue();
        assertThat(isProperty(type, named.group(2))).as("%s names a property: %s", anchor, description).isTrue();
      } else {
        assertThat(name).as(anchor).isIn("build", "from");
      }
    }
    assertThat(descriptions.get("build()")).startsWith("Returns the " + type.getSimpleName() + " ");
  }

  @Test
  void buildSaysWhatIsRequiredAndSettersWhatTheySet() throws IOException {
    String page = Files.readString(PAGES.resolve("TransformationProject.Builder.html"));
    assertThat(text(page))
        .contains("Sets id (required): the project's id, unique within the plan.")
        .contains("Adds one element at the end of the list themes: the guidance themes the project answers.")
        .contains("naming each required property not set (id, name).");
    assertThat(text(Files.readString(PAGES.resolve("Saving.Builder.html"))))
        .contains("Returns the Saving of the properties set: none is required.")
        .contains("Sets from to a stated value");
    assertThat(text(Files.readString(PAGES.resolve("Finding.Builder.html"))))
        .contains("naming each required property not set (ruleId, severity, message), or when they"
            + " break a rule of Finding.");
  }

  private static boolean isProperty(Class<?> type, String name) {
    try {
      return accessor(type, name) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Method accessor(Class<?> type, String name) {
    try {
      Method accessor = type.getMethod(name);
      if (Modifier.isStatic(accessor.getModifiers())) {
        throw new IllegalArgumentException(name);
      }
      return accessor;
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(name, e);
    }
  }

  /** Returns javadoc's anchor of a method: its name and its parameters' erased types. */
  private static String anchor(Method method) {
    Class<?>[] parameters = method.getParameterTypes();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < parameters.length; i++) {
      names.add(
          method.isVarArgs() && i == parameters.length - 1
              ? parameters[i].getComponentType().getCanonicalName() + "..."
              : parameters[i].getCanonicalName());
    }
    return method.getName() + "(" + String.join(",", names) + ")";
  }

  private static String text(String html) {
    return html.replaceAll("<[^>]+>", "")
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ")
        .trim();
  }
}
