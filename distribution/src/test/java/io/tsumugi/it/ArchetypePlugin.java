package io.tsumugi.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A partner's plugin made the way the plugin guide says: {@code mvn archetype:generate} in batch
 * mode with this build's archetype, then {@code mvn package} in the generated project. It runs the
 * same Maven and local repository as the build (offline when the build is), once per test JVM. The
 * plugin is 保険 (id {@code hoken}) with the entity 契約 ({@code hoken_contract}).
 */
final class ArchetypePlugin {

  static final String ID = "hoken";
  static final String ENTITY = "hoken_contract";
  static final String LABEL_JA = "契約";
  static final String LABEL_EN = "Contract";

  private static Path jar;

  private ArchetypePlugin() {}

  /** The jar {@code mvn package} built from the generated project. */
  static synchronized Path jar() throws IOException, InterruptedException {
    if (jar == null) {
      Path work =
          Files.createDirectories(Path.of(System.getProperty("it.work.dir", "target/it-work")));
      Path dir = Files.createTempDirectory(work, "partner-");
      maven(
          dir,
          "org.apache.maven.plugins:maven-archetype-plugin:3.4.0:generate",
          "-DarchetypeGroupId=io.tsumugi",
          "-DarchetypeArtifactId=tsumugi-plugin-archetype",
          "-DarchetypeVersion=" + System.getProperty("it.tsumugi.version"),
          "-DgroupId=jp.example.hoken",
          "-DartifactId=tsumugi-plugin-hoken",
          "-Dversion=1.0.0",
          "-Dpackage=jp.example.hoken",
          "-DpluginId=" + ID,
          "-DentityName=contract",
          "-DentityLabelJa=" + LABEL_JA,
          "-DentityLabelEn=" + LABEL_EN);
      Path project = dir.resolve("tsumugi-plugin-hoken");
      maven(project, "package");
      jar = project.resolve("target/tsumugi-plugin-hoken-1.0.0.jar");
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException("mvn package built no " + jar);
      }
    }
    return jar;
  }

  static byte[] bytes() throws IOException, InterruptedException {
    return Files.readAllBytes(jar());
  }

  private static void maven(Path dir, String... args) throws IOException, InterruptedException {
    String home = System.getProperty("it.maven.home");
    if (home == null || home.isBlank()) {
      throw new IllegalStateException("-Dit.maven.home is not set (the build passes maven.home)");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(home, "bin", "mvn").toString());
    command.add("-B");
    command.add("-Dmaven.repo.local=" + System.getProperty("it.maven.repo.local"));
    if ("offline=true".equals(System.getProperty("it.maven.mode"))) {
      command.add("-o");
    }
    command.addAll(List.of(args));
    Path log = dir.resolve("mvn-" + System.nanoTime() + ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("Maven did not finish in 10 minutes: " + command);
    }
    if (process.exitValue() != 0) {
      String output = Files.readString(log, StandardCharsets.UTF_8);
      throw new IllegalStateException(
          "Maven failed: "
              + command
              + "\n"
              + output.substring(Math.max(0, output.length() - 4000)));
    }
  }
}
