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

  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private static RunningServer instance;
  private static IllegalStateException startFailure;

  private final TestDatabase database;
  private String adminPassword = "It-" + UUID.randomUUID();
  private final int httpPort;
  private final Path serverLog;
  private Process process;

  private RunningServer(TestDatabase database, int portOffset, Path workDir) {
    this.database = database;
    this.httpPort = 8080 + portOffset;
    this.serverLog = workDir.resolve("server-" + database.kind() + ".log");
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
              Path.of(System.getProperty("it.work.dir", "target/it-work")));
      String attach = System.getProperty("it.attach.password");
      if (attach != null && !attach.isEmpty()) {
        // Development loop: use the server already running at the offset (docs/development.md).
        server.adminPassword = attach;
        instance = server;
        return instance;
      }
      try {
        server.start();
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

  private void start() {
    Path serverDir = Path.of(System.getProperty("it.server.dir", "target/tsumugi"));
    Path script = serverDir.resolve("bin/tsumugi.sh");
    if (!Files.isExecutable(script)) {
      throw new IllegalStateException(script + " missing: run the build's package phase first");
    }
    try {
      Path dataDir = serverLog.getParent().resolve("data-" + database.kind());
      deleteRecursively(dataDir);
      Files.createDirectories(dataDir);
      database.reset();
      ProcessBuilder builder = new ProcessBuilder("bash", script.toString());
      Map<String, String> env = builder.environment();
      env.put("TSUMUGI_DATA_DIR", dataDir.toString());
      env.put("TSUMUGI_PORT_OFFSET", Integer.toString(httpPort - 8080));
      env.put("TSUMUGI_ADMIN_PASSWORD", adminPassword);
      env.putAll(database.serverEnvironment());
      builder.redirectErrorStream(true).redirectOutput(serverLog.toFile());
      process = builder.start();
      Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stop-tsumugi"));
      awaitHealthy();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the server: " + e.getMessage(), e);
    }
  }

  private void awaitHealthy() {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
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
      return Files.exists(serverLog) && Files.readString(serverLog).contains("WFLYSRV0026");
    } catch (IOException e) {
      return false;
    }
  }

  /** Stops the launch script and the JVM it started; SIGTERM first, so WildFly shuts down. */
  private void stop() {
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

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
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
