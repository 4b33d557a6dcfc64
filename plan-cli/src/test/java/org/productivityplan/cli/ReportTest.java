package org.productivityplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.productivityplan.examples.ExamplePlans;

/** {@code plan report}: inputs, where pages go, and failures. */
class ReportTest {

  @TempDir Path dir;

  @Test
  void oneBundledPlanByNameGoesToStandardOutput() {
    Cli.Result result = Cli.run("report", "somerset-2024");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("<!DOCTYPE html>").contains("Somerset Council").endsWith("</html>\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void oneFileToTheFileThatDashONames() throws IOException {
    Path plan = dir.resolve("devon.json");
    Files.writeString(plan, ExamplePlans.json(ExamplePlans.DEVON_2024), StandardCharsets.UTF_8);
    Path page = dir.resolve("devon-report.html");

    Cli.Result result = Cli.run("report", plan.toString(), "-o", page.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Files.readString(page)).contains("Devon County Council");
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("wrote " + page);
  }

  @Test
  void withNoPlanWritesEachBundledPlansPageToTheDirectory() throws IOException {
    Path out = dir.resolve("pages");

    Cli.Result result = Cli.run("report", "-o", out.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(pages(out))
        .containsExactly("devon-2024.html", "sefton-2024.html", "somerset-2024.html");
  }

  @Test
  void aDirectoryGivesOnePagePerPlanAndNamesTheOneItCannotRead() throws IOException {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    for (String name : List.of(ExamplePlans.DEVON_2024, ExamplePlans.SEFTON_2024)) {
      Files.writeString(plans.resolve(name + ".json"), ExamplePlans.json(name));
    }
    Files.writeString(plans.resolve("broken.json"), "{\"title\": ");
    Files.writeString(plans.resolve("notes.txt"), "not a plan");
    Path out = dir.resolve("out");

    Cli.Result result = Cli.run("report", plans.toString(), "-o", out.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(pages(out)).containsExactly("devon-2024.html", "sefton-2024.html");
    assertThat(result.errLines()).anyMatch(l -> l.startsWith("plan: " + plans.resolve("broken.json")));
  }

  @Test
  void severalPlansNeedADirectory() {
    Cli.Result result = Cli.run("report", "devon-2024", "sefton-2024");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err()).contains("-o DIRECTORY");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void anUnknownNameIsNeitherFileNorExample() {
    Cli.Result result = Cli.run("report", "nowhere-2024");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("nowhere-2024").contains("no such file, and no bundled example");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void twoPlansOfTheSameNameDoNotOverwriteEachOther() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.writeString(a.resolve("plan.json"), ExamplePlans.json(ExamplePlans.DEVON_2024));
    Files.writeString(b.resolve("plan.json"), ExamplePlans.json(ExamplePlans.SEFTON_2024));
    Path out = dir.resolve("out");

    Cli.Result result =
        Cli.run("report", a.resolve("plan.json").toString(), b.resolve("plan.json").toString(), "-o", out.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(pages(out)).containsExactly("plan-2.html", "plan.html");
    assertThat(Files.readString(out.resolve("plan.html"))).contains("Devon");
    assertThat(Files.readString(out.resolve("plan-2.html"))).contains("Sefton");
  }

  private static List<String> pages(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
