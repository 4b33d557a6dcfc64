package org.productivityplan.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Chromium driven through chromedriver, both Debian's ({@code chromium}, {@code
 * chromium-driver}) unless the system properties {@code report.chromium} and {@code
 * report.chromedriver} name others. Selenium Manager never runs: the driver is named explicitly.
 *
 * <p>When they are missing, the tests that need them are skipped with a message, unless {@code
 * report.requireBrowser} is {@code true} (as {@code .ci/run} sets it): then they fail.
 */
final class Browser {

  /**
   * Selenium warns that it has no DevTools binding for this Chromium's version; the tests use only
   * version-independent commands. Held here so that the setting is not collected.
   */
  private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

  private Browser() {}

  static ChromeDriver start() throws IOException {
    File chromium = new File(System.getProperty("report.chromium", "/usr/bin/chromium"));
    File chromedriver = new File(System.getProperty("report.chromedriver", "/usr/bin/chromedriver"));
    if (!chromium.canExecute() || !chromedriver.canExecute()) {
      String message =
          "Chromium and chromedriver are needed for the browser tests, but "
              + (chromium.canExecute() ? chromedriver : chromium)
              + " is missing; install them with: apt-get install chromium chromium-driver";
      if (Boolean.getBoolean("report.requireBrowser")) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    CDP_LOG.setLevel(Level.SEVERE);
    Path profile = Files.createTempDirectory("report-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--window-size=1200,900",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return driver;
  }
}
