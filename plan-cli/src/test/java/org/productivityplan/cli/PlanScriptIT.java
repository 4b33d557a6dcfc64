package org.productivityplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./plan} script, run by bash in a copy of the repository's layout whose {@code mvnw}
 * is a stand-in that records its arguments and "builds" by copying the real jar: so the script's
 * logic (build on first use, rebuild when a source is newer, show a failed build, run from any
 * directory) is tested without a recursive Maven build.
 */
class PlanScriptIT {

  @TempDir Path repo;

  @TempDir Path elsewhere;

  private Path jar;

  @BeforeEach
  void layOutARepository() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
        "bash is needed to run ./plan");
    jar = Path.of(System.getProperty("plan.jar"));
    Path script = Path.of(System.getProperty("plan.script"));
    Files.copy(script, repo.resolve("plan"));
    repo.resolve("plan").toFile().setExecutable(true);
    Files.writeString(repo.resolve("pom.xml"), "<project/>\n");
    Path source = repo.resolve("plan-cli/src/main/java/Example.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "class Example {}\n");
    Files.writeString(
        repo.resolve("mvnw"),
        String.join(
            "\n",
            "#!/usr/bin/env bash",
            "echo \"$PWD $*\" >> mvnw.calls",
            "if [ -f fail ]; then echo '[ERROR] COMPILATION ERROR in Example.java'; exit 1; fi",
            "mkdir -p plan-cli/target",
            "cp \"$REAL_JAR\" plan-cli/target/plan-cli-9.9.9-all.jar",
            ""));
    repo.resolve("mvnw").toFile().setExecutable(true);
    // Sources older than any jar the test makes.
    for (Path p : List.of(repo.resolve("pom.xml"), source)) {
      Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    }
  }

  private record Run(int exitCode, String out, String err) {}

  private Run plan(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>();
    command.add(repo.resolve("plan").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile());
    builder.environment().put("REAL_JAR", jar.toString());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Path out = elsewhere.resolve("out.txt");
    Path err = elsewhere.resolve("err.txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private List<String> builds() throws IOException {
    Path calls = repo.resolve("mvnw.calls");
    return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
  }

  @Test
  void buildsOnFirstUseSayingSoThenRuns() throws Exception {
    Run run = plan("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEqualTo("plan: building the command line (first run, about a minute)...\n");
    assertThat(run.out()).startsWith("plan ");
    assertThat(builds()).hasSize(1);
    assertThat(builds().get(0))
        .startsWith(repo.toRealPath() + " ")
        .contains("-q", "-DskipTests", "package", "-pl plan-cli", "-am");
  }

  @Test
  void runsWithoutBuildingWhenTheJarIsNewerThanEverySource() throws Exception {
    plan("--version");

    Run run = plan("example");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("somerset-2024");
    assertThat(builds()).hasSize(1);
  }

  @Test
  void rebuildsWhenASourceChanged() throws Exception {
    plan("--version");
    Path source = repo.resolve("plan-cli/src/main/java/Example.java");
    Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis() + 60_000));

    Run run = plan("--version");

    assertThat(run.err()).isEqualTo("plan: sources changed; rebuilding the command line...\n");
    assertThat(builds()).hasSize(2);
  }

  @Test
  void passesArgumentsAndExitCodesThrough() throws Exception {
    Run run = plan("validate", "--format", "json", "no such file.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("\"source\": \"no such file.json\"");
  }

  @Test
  void showsAFailedBuildAndExitsSeventy() throws Exception {
    Files.writeString(repo.resolve("fail"), "");

    Run run = plan("validate");

    assertThat(run.exitCode()).isEqualTo(70);
    assertThat(run.err())
        .contains("plan: building the command line")
        .contains("[ERROR] COMPILATION ERROR in Example.java")
        .contains("plan: the build failed");
    assertThat(run.out()).isEmpty();
  }
}
