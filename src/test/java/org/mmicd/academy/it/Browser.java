package org.mmicd.academy.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver. Never Selenium Manager: there is no
 * browser download here. Missing browser fails the run unless it.browser.required=false.
 */
public final class Browser {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private Browser() {}

  /** Signs in through the sign-in page and waits for the landing page. */
  public static void signIn(
      WebDriver browser,
      org.openqa.selenium.support.ui.WebDriverWait wait,
      java.net.URI root,
      String email,
      String password) {
    if (!browser.getCurrentUrl().contains("login.xhtml")) {
      browser.get(root.resolve("login.xhtml").toString());
    }
    browser.findElement(org.openqa.selenium.By.id("signin:email")).sendKeys(email);
    browser
        .findElement(
            org.openqa.selenium.By.cssSelector("#signin\\:password input, input#signin\\:password"))
        .sendKeys(password);
    browser.findElement(org.openqa.selenium.By.id("signin:submit")).click();
    wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("learn/my.xhtml"));
  }

  public static WebDriver start() throws Exception {
    boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    if (!installed) {
      if (Boolean.parseBoolean(System.getProperty("it.browser.required", "true"))) {
        throw new IllegalStateException(
            "Browser tests need "
                + CHROMIUM
                + " and "
                + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)");
      }
      Assumptions.abort("Chromium is not installed and it.browser.required=false");
    }
    Path profile = Files.createTempDirectory("mmicd-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1024",
        "--lang=en",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }
}
