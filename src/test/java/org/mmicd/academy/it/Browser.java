package org.mmicd.academy.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver, one per browser test class: register
 * it with {@code @RegisterExtension static final Browser browser = new Browser();} next to
 * {@code @ExtendWith(Platform.class)}. Each test starts signed out at desktop size; when a test
 * fails, the screenshot and the page source are kept under {@code target/browser-failures}. Never
 * Selenium Manager: there is no browser download here.
 */
public final class Browser
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterTestExecutionCallback {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  public static final Dimension DESKTOP = new Dimension(1280, 1024);
  public static final Dimension PHONE = new Dimension(390, 844);

  private final java.util.function.Supplier<URI> root;
  private ChromeDriver driver;
  private WebDriverWait wait;

  /** A browser on the shared {@link Platform}. */
  public Browser() {
    this(Platform::root);
  }

  /** A browser on another address, such as a load balancer's. */
  public Browser(java.util.function.Supplier<URI> root) {
    this.root = root;
  }

  public WebDriver driver() {
    return driver;
  }

  /** Waits up to 30 s, looking again when Ajax replaced the element it was looking at. */
  public WebDriverWait await() {
    return wait;
  }

  /** Opens a page of the application, given relative to its root ("learn/my.xhtml"). */
  public void open(String path) {
    driver.get(root().resolve(path).toString());
  }

  public URI root() {
    return root.get();
  }

  /** Signs in through the sign-in page and waits for the landing page. */
  public void signIn(String email, String password) {
    if (!driver.getCurrentUrl().contains("login.xhtml")) {
      open("login.xhtml");
    }
    driver.findElement(By.id("signin:email")).sendKeys(email);
    driver
        .findElement(By.cssSelector("#signin\\:password input, input#signin\\:password"))
        .sendKeys(password);
    driver.findElement(By.id("signin:submit")).click();
    wait.until(ExpectedConditions.urlContains("learn/my.xhtml"));
  }

  public void resize(Dimension size) {
    driver.manage().window().setSize(size);
  }

  /**
   * Runs axe-core (WCAG 2.0 and 2.1, levels A and AA) on the page as it is now, at desktop and at
   * phone width, and fails with every violation found, each with the elements concerned; also fails
   * when the page broke its Content-Security-Policy. The window keeps the size it had. Colour
   * contrast, the costliest rule, is checked at the window's own width only: the stylesheet gives
   * text the same colours at every width.
   */
  public void assertAccessible() {
    Dimension size = driver.manage().window().getSize();
    List<String> problems = new ArrayList<>();
    boolean first = true;
    for (Dimension width :
        size.getWidth() <= PHONE.getWidth() ? List.of(PHONE, DESKTOP) : List.of(DESKTOP, PHONE)) {
      resize(width);
      problems.addAll(Accessibility.violations(driver, width.getWidth(), first));
      first = false;
    }
    resize(size);
    problems.addAll(Accessibility.policyViolations(driver));
    if (!problems.isEmpty()) {
      throw new AssertionError(
          driver.getCurrentUrl()
              + " (\""
              + driver.getTitle()
              + "\"):\n"
              + String.join("\n", problems));
    }
  }

  /** Keeps what the browser shows under target/screenshots, for people reviewing a run. */
  public void screenshot(String name) {
    save(Path.of("target", "screenshots", database(), name));
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    driver = start();
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    resize(DESKTOP);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent() && driver != null) {
      String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName();
      save(Path.of("target", "browser-failures", database(), name.replaceAll("[^\\w.-]+", "_")));
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  private void save(Path withoutExtension) {
    try {
      Files.createDirectories(withoutExtension.getParent());
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(
          shot,
          withoutExtension.resolveSibling(withoutExtension.getFileName() + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(
          withoutExtension.resolveSibling(withoutExtension.getFileName() + ".html"),
          driver.getCurrentUrl() + "\n" + driver.getPageSource(),
          StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not keep " + withoutExtension + ": " + e);
    }
  }

  private static String database() {
    return System.getProperty("it.database", "H2").toLowerCase();
  }

  private static ChromeDriver start() throws IOException {
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
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", Accessibility.POLICY_LISTENER));
    return driver;
  }
}
