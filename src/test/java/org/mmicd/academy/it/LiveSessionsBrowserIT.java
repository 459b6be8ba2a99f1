package org.mmicd.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Live sessions in a real headless Chromium: a trainer schedules a webinar from Brussels, a learner
 * in Kathmandu sees it at her own time and registers, and a trainer imports a meeting report and
 * sees who attended.
 */
@ExtendWith(Platform.class)
class LiveSessionsBrowserIT {

  @RegisterExtension static final Browser chromium = new Browser();

  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");
  static final String TRAINER = "trainer@demo.mmicd.org";

  /** The demo trainer is in Ecuador; her calendar shows her own zone. */
  static final ZoneId TRAINER_ZONE = ZoneId.of("America/Guayaquil");

  static final String DEMO_PASSWORD = "mmicd-demo";

  WebDriver browser;
  WebDriverWait wait;
  URI root;
  Api anonymous;

  @BeforeEach
  void open() {
    root = Platform.root();
    anonymous = Api.anonymous(root);
    browser = chromium.driver();
    wait = chromium.await();
  }

  @Test
  void aTrainerSchedulesAWebinarFromBrusselsAndALearnerInKathmanduRegistersAtHerOwnTime() {
    String title = "Health toolkit in practice " + UUID.randomUUID().toString().substring(0, 8);
    LocalDate day = LocalDate.now(BRUSSELS).plusDays(30);

    signIn(TRAINER, DEMO_PASSWORD);
    browser.get(root.resolve("train/calendar.xhtml").toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc")));
    browser.findElement(By.id("newSession")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:title")));
    browser.findElement(By.id("editor:title")).sendKeys(title);
    browser
        .findElement(By.id("editor:description"))
        .sendKeys("Continuity of care for returning migrants, with your own programme.");
    WebElement start = browser.findElement(By.id("editor:start_input"));
    start.clear();
    start.sendKeys(day + " 10:00");
    start.sendKeys(Keys.ESCAPE);
    new Select(browser.findElement(By.id("editor:timeZone"))).selectByValue("Europe/Brussels");
    new Select(browser.findElement(By.id("editor:country"))).selectByValue("NP");
    browser
        .findElement(By.id("editor:joinUrl"))
        .sendKeys("https://meet.example.org/health-practice");
    browser
        .findElement(By.cssSelector("input[name='editor:modules'][value='toolkit-health']"))
        .click();
    chromium.screenshot("session-editor");
    chromium.assertAccessible();
    browser.findElement(By.id("editor:save")).click();

    wait.until(ExpectedConditions.urlContains("session.xhtml?id="));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("times")));
    long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
    Instant expected = ZonedDateTime.of(day, LocalTime.of(10, 0), BRUSSELS).toInstant();
    // Teresa's pages are in Spanish; the learner's in English.
    String kathmanduForTrainer = time(expected, KATHMANDU, Locale.forLanguageTag("es"));
    String kathmanduTime = time(expected, KATHMANDU, Locale.ENGLISH);
    String kathmanduRow =
        browser.findElement(By.cssSelector("#times li[data-zone='Asia/Kathmandu']")).getText();
    assertTrue(
        normal(kathmanduRow).contains(kathmanduForTrainer),
        kathmanduRow + " / " + kathmanduForTrainer);
    chromium.screenshot("session-scheduled");
    chromium.assertAccessible();

    browser.get(root.resolve("train/calendar.xhtml").toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-next-button")));
    long months = ChronoUnit.MONTHS.between(YearMonth.now(TRAINER_ZONE), YearMonth.from(day));
    for (int i = 0; i < months; i++) {
      browser.findElement(By.cssSelector(".fc-next-button")).click();
    }
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fc-view"), title));
    chromium.screenshot("trainer-calendar");
    chromium.assertAccessible();
    signOut();

    String email = "browser-live-" + UUID.randomUUID() + "@example.org";
    learner(email, "NP");
    signIn(email, "correct-horse-1");
    browser.get(root.resolve("learn/sessions.xhtml").toString());
    By card = By.cssSelector("[data-session='" + id + "']");
    wait.until(ExpectedConditions.presenceOfElementLocated(card));
    String own = browser.findElement(card).findElement(By.cssSelector(".viewer-time")).getText();
    assertTrue(normal(own).contains(kathmanduTime + " – "), own + " / " + kathmanduTime);
    assertTrue(own.contains("(Asia/Kathmandu)"), own);
    String organiser =
        browser.findElement(card).findElement(By.cssSelector(".organiser-time")).getText();
    assertTrue(organiser.contains("Europe/Brussels"), organiser);
    assertTrue(normal(organiser).contains("10:00 AM"), organiser);

    browser.findElement(card).findElement(By.cssSelector(".register")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("[data-session='" + id + "'] .my-status[data-status='registered']")));
    WebElement mine = browser.findElement(By.cssSelector("[data-session='" + id + "']"));
    assertTrue(
        mine.findElement(By.cssSelector(".join-link"))
            .getAttribute("href")
            .startsWith("https://meet.example.org/health-practice"));
    assertTrue(
        mine.findElement(By.cssSelector(".ics-link"))
            .getAttribute("href")
            .endsWith("/learn/session.ics?id=" + id));
    chromium.screenshot("learner-registered");
    chromium.assertAccessible();
    // The subscription address is kept as a hash: it is made on request and shown that once.
    browser.findElement(By.id("sessions:renewFeed")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feed-url")));
    assertTrue(
        browser.findElement(By.id("feed-url")).getAttribute("value").contains("/api/v1/calendar/"));
    assertEquals(
        "registered",
        anonymous
            .withBasic(email, "correct-horse-1")
            .get("sessions/" + id)
            .json()
            .getJsonObject("registration")
            .getString("status"));
    MailServer.awaitMail(email, s -> s.startsWith("Registered: " + title));
  }

  @Test
  void aTrainerImportsTheMeetingReportAndSeesWhoAttended() throws Exception {
    Instant start =
        Clock.systemUTC().instant().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
    String title = "Held webinar " + UUID.randomUUID().toString().substring(0, 8);
    Api organiser = anonymous.withBasic("root@mmicd.test", "Root-password-1");
    Api.Reply created =
        organiser.post(
            "sessions",
            "{\"kind\":\"webinar\",\"title\":\""
                + title
                + "\",\"startsAt\":\""
                + LocalDateTime.ofInstant(start, BRUSSELS)
                + "\",\"timeZone\":\"Europe/Brussels\",\"durationMinutes\":60,\"capacity\":10,"
                + "\"joinUrl\":\"https://meet.example.org/held\",\"country\":\"NP\","
                + "\"moduleIds\":[\"toolkit-health\"],\"trainerEmails\":[\""
                + TRAINER
                + "\"]}");
    assertEquals(201, created.status(), created.toString());
    long id = created.json().getJsonNumber("id").longValue();
    String present = "present-" + UUID.randomUUID() + "@example.org";
    String early = "early-" + UUID.randomUUID() + "@example.org";
    learner(present, "NP");
    learner(early, "NP");
    DateTimeFormatter zoom = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.ENGLISH);
    String csv =
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
            + row("Sita Gurung", present, start, start.plusSeconds(25 * 60), zoom)
            + row(
                "Sita Gurung",
                present,
                start.plusSeconds(28 * 60),
                start.plusSeconds(60 * 60),
                zoom)
            + row("Ram Thapa", early, start, start.plusSeconds(20 * 60), zoom)
            + row(
                "Guest from the district",
                "district-" + UUID.randomUUID() + "@example.net",
                start,
                start.plusSeconds(50 * 60),
                zoom);
    Path file = Files.createTempFile("zoom-participants", ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);

    signIn(TRAINER, DEMO_PASSWORD);
    browser.get(root.resolve("train/attendance.xhtml?id=" + id).toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import:file")));
    browser.findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
    new Select(browser.findElement(By.id("import:zone"))).selectByValue("Europe/Brussels");
    browser.findElement(By.id("import:importReport")).click();

    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".attended-flag[data-email='" + present + "']")));
    assertEquals("true", flag(present).getAttribute("data-attended"));
    assertEquals("false", flag(early).getAttribute("data-attended"));
    assertEquals(
        "57",
        browser.findElement(By.cssSelector(".minutes[data-email='" + present + "']")).getText(),
        "25 + 32 minutes: the rejoin adds up");
    assertTrue(
        browser.findElement(By.id("unmatched")).getText().contains("Guest from the district"));
    String readAs = browser.findElement(By.cssSelector(".read-as")).getText();
    assertTrue(
        readAs.contains("Zoom") && readAs.contains("M/d/yyyy h:mm:ss a"),
        "the page says, in the trainer's language, how it read the file: " + readAs);
    chromium.screenshot("attendance-imported");
    chromium.assertAccessible();

    JsonObject sheet = organiser.get("sessions/" + id + "/attendance").json();
    assertEquals(1, sheet.getJsonArray("imports").size());
  }

  private WebElement flag(String email) {
    return browser.findElement(By.cssSelector(".attended-flag[data-email='" + email + "']"));
  }

  private void signIn(String email, String password) {
    browser.get(root.resolve("login.xhtml").toString());
    browser.findElement(By.id("signin:email")).sendKeys(email);
    browser
        .findElement(By.cssSelector("#signin\\:password input, input#signin\\:password"))
        .sendKeys(password);
    browser.findElement(By.id("signin:submit")).click();
    wait.until(ExpectedConditions.urlContains("learn/my.xhtml"));
  }

  private void signOut() {
    browser.findElement(By.id("menu:signOut")).click();
    wait.until(ExpectedConditions.urlContains("index.xhtml"));
  }

  /** A learner with an English interface in the country, enrolled in the core course. */
  private void learner(String email, String country) {
    Api.Reply account =
        anonymous.post(
            "accounts",
            "{\"email\":\""
                + email
                + "\",\"displayName\":\"Browser Learner\",\"password\":\"correct-horse-1\","
                + "\"country\":\""
                + country
                + "\",\"language\":\"en\"}");
    assertEquals(201, account.status(), account.toString());
    assertEquals(
        201,
        anonymous
            .withBasic(email, "correct-horse-1")
            .post("enrollments", "{\"courseId\":\"mmicd-blended\"}")
            .status());
  }

  private static String row(
      String name, String email, Instant join, Instant leave, DateTimeFormatter format) {
    return "\""
        + name
        + "\","
        + email
        + ","
        + format.format(join.atZone(BRUSSELS))
        + ","
        + format.format(leave.atZone(BRUSSELS))
        + ","
        + Duration.between(join, leave).toMinutes()
        + ",No\n";
  }

  /** The time as a page in that language writes it: 2:45 PM, 14:45. */
  private static String time(Instant instant, ZoneId zone, Locale locale) {
    return normal(
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
            .withLocale(locale)
            .format(instant.atZone(zone)));
  }

  private static String normal(String text) {
    return text.replace('\u202F', ' ').replace('\u00A0', ' ');
  }
}
