package io.tsumugi.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The distribution's server, started once per test JVM through {@code bin/tsumugi.sh} with a fresh
 * data folder (or a fresh PostgreSQL schema) and stopped when the JVM exits. Configured only
 * through the launch script's documented environment variables, so the tests cover the script too.
 */
public final class RunningServer {

  // Generous: four builds sharing two cores made a healthy start take over three minutes. A server
  // that fails still fails fast (its process ends, or WildFly reports WFLYSRV0026).
  private static final Duration START_TIMEOUT =
      Duration.ofSeconds(Long.getLong("it.server.start.seconds", 420));

  /** A corrupt file put in the plugins folder before every start. */
  static final String BROKEN_AT_START = "broken-at-start.jar";

  private static RunningServer instance;
  private static IllegalStateException startFailure;

  private final TestDatabase database;
  private final String adminPassword =
      System.getProperty("it.admin.password", "").isBlank()
          ? "It-" + UUID.randomUUID()
          : System.getProperty("it.admin.password");
  private final int httpPort;
  private final Path serverLog;
  private final String name;
  private final Path serverDir;
  private Process process;
  private boolean shutdownHookAdded;
  private long logStart; // where the current launch's output begins in the log

  private RunningServer(TestDatabase database, int portOffset, Path workDir, String name) {
    // A second server runs from its own copy: two WildFly processes must not share one
    // standalone/ folder (tmp, transaction log, deployment markers).
    this.serverDir = name.equals("server") ? distribution() : workDir.resolve(name + "-server");
    this.database = database;
    this.httpPort = 8080 + portOffset;
    this.name = name;
    this.serverLog = workDir.resolve(name + "-" + database.kind() + ".log");
  }

  /**
   * A second server of the test's own, at the tests' port offset plus {@code offsetDelta}, with its
   * own copy of the installation, data folder, plugins folder and PostgreSQL schema ({@code
   * tsumugi_it_<name>}): for tests that stop and start a server, or need a second, fresh one. Not
   * started: call {@link #startFresh()} then {@link #launch()}; the caller stops it.
   */
  static RunningServer separate(String name, int offsetDelta) {
    return new RunningServer(
        TestDatabase.fromSystemProperties().withSchema("tsumugi_it_" + name),
        Integer.parseInt(System.getProperty("it.port.offset", "100")) + offsetDelta,
        Path.of(System.getProperty("it.work.dir", "target/it-work")),
        name);
  }

  /** The server, started on first use. */
  public static synchronized RunningServer get() {
    if (startFailure != null) {
      throw startFailure; // do not wait for a broken server once per test class
    }
    if (instance == null) {
      RunningServer server =
          new RunningServer(
              TestDatabase.fromSystemProperties(),
              Integer.parseInt(System.getProperty("it.port.offset", "100")),
              Path.of(System.getProperty("it.work.dir", "target/it-work")),
              "server");
      try {
        if (Boolean.getBoolean("it.server.running")) {
          // Development loop: tests against a server already running at the offset, whose admin
          // password is -Dit.admin.password (see docs/development.md).
          server.awaitHealthy();
          instance = server;
          return instance;
        }
        server.startFresh();
        Files.writeString(server.pluginsDir().resolve(BROKEN_AT_START), "not a jar");
        server.launch();
      } catch (IOException e) {
        startFailure = new IllegalStateException("Cannot start the server: " + e.getMessage(), e);
        throw startFailure;
      } catch (IllegalStateException e) {
        startFailure = e;
        throw e;
      }
      instance = server;
    }
    return instance;
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + httpPort + "/");
  }

  public URI uri(String path) {
    return baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  public String adminLogin() {
    return "admin";
  }

  public String adminPassword() {
    return adminPassword;
  }

  public TestDatabase database() {
    return database;
  }

  /** The plugins folder the server loads (fresh for each run). */
  public Path pluginsDir() {
    return serverLog.getParent().resolve(pluginsFolderName()).toAbsolutePath();
  }

  /** The plugin jars the build ships in {@code plugins-available/}, e.g. {@code realestate.jar}. */
  public static Path availablePlugin(String fileName) {
    return Path.of(
        System.getProperty("it.server.dir", "target/tsumugi"), "plugins-available", fileName);
  }

  private String pluginsFolderName() {
    return (name.equals("server") ? "plugins" : name + "-plugins") + "-" + database.kind();
  }

  /** "server" for the shared one, else the name given to {@link #separate}. */
  String name() {
    return name;
  }

  private Path dataDir() {
    String folder = (name.equals("server") ? "data" : name + "-data") + "-" + database.kind();
    return serverLog.getParent().resolve(folder);
  }

  /**
   * Empties the data folder, the plugins folder and the database: the next {@link #launch()} starts
   * a new installation. (The shared server also gets a broken plugin in its folder: refused and
   * logged at start, the server starts anyway.)
   */
  void startFresh() throws IOException {
    if (!serverDir.equals(distribution())) {
      deleteRecursively(serverDir);
      copyInstallation(distribution(), serverDir);
    }
    deleteRecursively(dataDir());
    Files.createDirectories(dataDir());
    database.reset();
    Files.deleteIfExists(serverLog);
    deleteRecursively(pluginsDir()); // plugins of this run only, never the distribution's own
    Files.createDirectories(pluginsDir());
  }

  /** Starts the server on its data and plugins as they are, and waits until it is healthy. */
  void launch() {
    Path script = serverDir.resolve("bin/tsumugi.sh");
    if (!Files.isExecutable(script)) {
      throw new IllegalStateException(script + " missing: run the build's package phase first");
    }
    try {
      ProcessBuilder builder = new ProcessBuilder("bash", script.toString());
      Map<String, String> env = builder.environment();
      env.put("TSUMUGI_DATA_DIR", dataDir().toString());
      env.put("TSUMUGI_PLUGINS_DIR", pluginsDir().toString());
      env.put("TSUMUGI_PORT_OFFSET", Integer.toString(httpPort - 8080));
      env.put("TSUMUGI_ADMIN_PASSWORD", adminPassword);
      env.putAll(database.serverEnvironment());
      builder
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(serverLog.toFile()));
      logStart = Files.exists(serverLog) ? Files.size(serverLog) : 0;
      process = builder.start();
      if (!shutdownHookAdded) {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stop-tsumugi"));
        shutdownHookAdded = true;
      }
      awaitHealthy();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the server: " + e.getMessage(), e);
    }
  }

  private void awaitHealthy() {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (process != null && !process.isAlive()) {
        throw new IllegalStateException("The server stopped during start-up; see " + serverLog);
      }
      if (startedWithErrors()) {
        stop();
        throw new IllegalStateException("The server started with errors; see " + serverLog);
      }
      try {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(uri("/api/health")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(Duration.ofMillis(500));
    }
    stop();
    throw new IllegalStateException("The server did not become healthy in time; see " + serverLog);
  }

  /** WildFly's WFLYSRV0026: it runs, but a service or the deployment failed. */
  private boolean startedWithErrors() {
    try {
      return Files.exists(serverLog) && logSinceLaunch().contains("WFLYSRV0026");
    } catch (IOException e) {
      return false;
    }
  }

  /** Stops the launch script and the JVM it started; SIGTERM first, so WildFly shuts down. */
  void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    Stream<ProcessHandle> tree =
        Stream.concat(process.descendants(), Stream.of(process.toHandle()));
    tree.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The server's output so far, for assertions on what a user sees in the terminal. */
  public String log() throws IOException {
    return Files.readString(serverLog);
  }

  /** The output of the current (or last) launch only. */
  public String logSinceLaunch() throws IOException {
    byte[] all = Files.readAllBytes(serverLog);
    int from = (int) Math.min(logStart, all.length);
    return new String(all, from, all.length - from, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Path distribution() {
    return Path.of(System.getProperty("it.server.dir", "target/tsumugi"));
  }

  private static void copyInstallation(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        String relative = from.relativize(p).toString().replace('\\', '/');
        if (relative.matches("standalone/(tmp|data|log)(/.*)?")
            || relative.matches(
                "standalone/deployments/.*\\.(deployed|failed|isdeploying|pending)")) {
          continue; // the running server's own state, not part of an installation
        }
        Path target = to.resolve(relative);
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
