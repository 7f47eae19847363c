package io.tsumugi.it;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Debian's chromedriver (never a downloaded browser). Without Chromium
 * the browser tests are skipped loudly on a developer machine and fail in CI ({@code CI=true}).
 */
final class Browser {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  private Browser() {}

  /** A desktop-sized browser that asks for pages in {@code language}. */
  static WebDriver desktop(String language) {
    return start(language, new Dimension(1280, 900));
  }

  /** A desktop-sized browser that saves downloads into {@code downloads} without asking. */
  static WebDriver desktop(String language, Path downloads) {
    return start(language, new Dimension(1280, 900), downloads);
  }

  /** A phone-sized browser (390×844 CSS pixels, like a current iPhone) in {@code language}. */
  static WebDriver phone(String language) {
    return start(language, new Dimension(390, 844));
  }

  /** A desktop-sized browser that saves downloads into {@code downloads} without asking. */
  static WebDriver desktopDownloadingTo(String language, Path downloads) {
    WebDriver driver = start(language, new Dimension(1280, 900), downloads);
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    return driver;
  }

  private static WebDriver start(String language, Dimension size) {
    return start(language, size, null);
  }

  private static WebDriver start(String language, Dimension size, Path downloads) {
    requireChromium();
    try {
      Path profile = Files.createTempDirectory("tsumugi-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-quic",
          "--no-first-run",
          "--lang=" + language,
          "--user-data-dir=" + profile);
      Map<String, Object> prefs = new java.util.HashMap<>();
      prefs.put("intl.accept_languages", language);
      if (downloads != null) {
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
      }
      options.setExperimentalOption("prefs", prefs);
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      LoggingPreferences logging = new LoggingPreferences();
      logging.enable(LogType.BROWSER, Level.ALL);
      options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
      ChromeDriver driver = new CspCheckingDriver(service, options);
      driver.manage().window().setSize(size);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return driver;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Chromium that fails the test when it is closed if the browser reported a
   * Content-Security-Policy violation on any page it showed: a script, {@code eval}, style, frame
   * or resource the page policy refused. Chromium writes these to its console, which chromedriver
   * keeps as the "browser" log (enabled in {@link #start}); the log is read and emptied by {@link
   * #cspViolations}.
   */
  static final class CspCheckingDriver extends ChromeDriver {

    private final List<String> violations = new java.util.ArrayList<>();

    CspCheckingDriver(ChromeDriverService service, ChromeOptions options) {
      super(service, options);
    }

    @Override
    public void quit() {
      try {
        collectViolations();
      } finally {
        super.quit();
      }
      if (!violations.isEmpty()) {
        String report =
            "The browser reported Content-Security-Policy violations:\n  "
                + String.join("\n  ", violations);
        System.err.println(report);
        throw new AssertionError(report);
      }
    }

    /** Moves the CSP violations the browser logged since the last look into {@link #violations}. */
    void collectViolations() {
      if (getSessionId() != null) { // null once quit: nothing more to read
        violations.addAll(cspViolations(this));
      }
    }
  }

  /**
   * The browser log entries since the last look that report a Content-Security-Policy violation.
   */
  static List<String> cspViolations(WebDriver driver) {
    List<String> found = new java.util.ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      String message = String.valueOf(entry.getMessage());
      if (message.contains("Content Security Policy")
          || message.contains("Content-Security-Policy")
          || message.contains("Refused to execute")
          || message.contains("Refused to evaluate")
          || message.contains("Refused to load")
          || message.contains("Refused to apply")
          || message.contains("Refused to frame")
          || message.contains("Refused to connect")) {
        found.add(entry.getLevel() + " " + message);
      }
    }
    return found;
  }

  /** Saves a PNG under {@code target/screenshots/} for people to look at. */
  static Path screenshot(WebDriver driver, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.copy(png.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Types a number into a PrimeFaces number input and waits until its hidden field (what the form
   * submits) holds it: the widget formats as you type and must be initialised first.
   */
  static void typeNumber(WebDriver driver, String id, String value) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .withMessage("number input " + id + " to hold " + value)
        .until(
            d -> {
              WebElement input = d.findElement(By.id(id + "_input"));
              input.click();
              input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
              input.sendKeys(value, Keys.TAB);
              String submitted = d.findElement(By.id(id + "_hinput")).getAttribute("value");
              return submitted != null
                  && !submitted.isEmpty()
                  && new BigDecimal(submitted).compareTo(new BigDecimal(value)) == 0;
            });
  }

  private static void requireChromium() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String message =
        "\n*****************************************************************\n"
            + " BROWSER TESTS NOT RUN: Chromium or chromedriver is missing.\n"
            + " Install them with:  sudo apt-get install -y chromium chromium-driver\n"
            + "*****************************************************************";
    System.err.println(message);
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(message);
    }
    Assumptions.abort(message);
  }

  /**
   * The first matching element's text, or "" while it is missing or being replaced: Chromium
   * reports an element re-rendered by ajax either as stale or as "Node ... does not belong to the
   * document". For wait conditions, which then simply look again.
   */
  static String textOf(WebDriver browser, By locator) {
    try {
      List<WebElement> found = browser.findElements(locator);
      return found.isEmpty() ? "" : found.get(0).getText();
    } catch (org.openqa.selenium.WebDriverException e) {
      if (e instanceof StaleElementReferenceException
          || String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return "";
      }
      throw e;
    }
  }
}
