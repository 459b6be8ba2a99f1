package org.mmicd.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sign-in links by mail: the welcome after registering, and "forgot your password?" with the new
 * password chosen after the link; the password change through the API.
 */
@ExtendWith(Platform.class)
class AccountLinksIT {

  @RegisterExtension static final Browser chromium = new Browser();

  static final String PASSWORD = "correct-horse-1";
  static final Pattern LINK = Pattern.compile("/signin-link\\.xhtml\\?key=([A-Za-z0-9_-]+)");

  WebDriver browser;
  WebDriverWait wait;
  Api anonymous;

  @BeforeEach
  void open() {
    browser = chromium.driver();
    wait = chromium.await();
    anonymous = Platform.api();
  }

  @Test
  void aWelcomeLinkSignsTheNewLearnerInOnce() throws Exception {
    String email = "it-links-" + UUID.randomUUID() + "@example.org";
    chromium.resize(Browser.PHONE);
    chromium.open("register.xhtml");
    switchTo("fr");
    browser.findElement(By.id("registration:displayName")).sendKeys("Hery Rakoto");
    browser.findElement(By.id("registration:email")).sendKeys(email);
    browser
        .findElement(
            By.cssSelector("#registration\\:password input, input#registration\\:password"))
        .sendKeys(PASSWORD);
    browser.findElement(By.id("registration:submit")).click();
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
    assertEquals(
        "Nous avons envoyé un message à "
            + email
            + ". Ouvrez le lien qu'il contient pour commencer à apprendre.",
        browser.findElement(By.cssSelector(".message-info")).getText());

    MimeMessage welcome = MailServer.awaitMail(email, "Bienvenue sur MMICD Academy"::equals);
    String key = keyIn(welcome);
    chromium.open("signin-link.xhtml?key=" + key);
    assertEquals("Se connecter en tant que Hery Rakoto ?", text("question"));
    chromium.assertAccessible();
    // Opening the page used nothing up, as mail scanners open links too.
    chromium.open("signin-link.xhtml?key=" + key);
    browser.findElement(By.id("link:submit")).click();
    wait.until(ExpectedConditions.urlContains("learn/my.xhtml"));
    // Behind the folded menu on a phone, so read as text rather than as shown.
    assertEquals("Hery Rakoto", browser.findElement(By.id("who")).getDomProperty("textContent"));

    chromium.open("signin-link.xhtml?key=" + key);
    WebElement state = browser.findElement(By.id("link-state"));
    assertEquals("used", state.getDomAttribute("data-state"));
    assertTrue(state.getText().startsWith("Ce lien a déjà servi"), state.getText());
    assertTrue(browser.findElement(By.id("request-new")).isDisplayed());
    chromium.open("signin-link.xhtml?key=not-a-key");
    assertEquals("unknown", browser.findElement(By.id("link-state")).getDomAttribute("data-state"));

    // A new link is asked for on the page the button leads to.
    browser.findElement(By.id("request-new")).click();
    wait.until(ExpectedConditions.urlContains("forgot.xhtml"));
    chromium.assertAccessible();
    browser.findElement(By.id("forgot:email")).sendKeys(email);
    browser.findElement(By.id("forgot:submit")).click();
    String sent =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message-info")))
            .getText();
    assertTrue(sent.startsWith("Si un compte existe pour " + email + ", nous lui avons"), sent);
  }

  @Test
  void aForgottenPasswordIsReplacedAfterASignInLink() throws Exception {
    String email = register();
    String nobody = "it-links-nobody-" + UUID.randomUUID() + "@example.org";
    Api.Reply forOwner = anonymous.post("accounts/sign-in-links", json("email", email));
    Api.Reply forNobody = anonymous.post("accounts/sign-in-links", json("email", nobody));
    assertEquals(202, forOwner.status(), forOwner.toString());
    assertEquals(202, forNobody.status(), forNobody.toString());
    assertEquals(
        forOwner.body().replace(email, "ADDRESS"),
        forNobody.body().replace(nobody, "ADDRESS"),
        "the same answer, but for the address");
    Api.Reply malformed = anonymous.post("accounts/sign-in-links", json("email", "not-an-address"));
    assertEquals(400, malformed.status(), malformed.toString());
    assertTrue(malformed.header("Content-Type").startsWith("application/problem+json"));
    // A second request within five minutes mails nothing more (counted below).
    assertEquals(202, anonymous.post("accounts/sign-in-links", json("email", email)).status());
    String first = keyIn(MailServer.awaitMail(email, LINK_SUBJECT::equals));

    // A registration with the address mails its owner a newer link, which replaces the first.
    assertEquals(201, anonymous.post("accounts", registration(email, "Someone Else")).status());
    String newer =
        keyIn(
            MailServer.awaitMail(
                email, "Someone tried to open an account with your address"::equals));
    chromium.open("signin-link.xhtml?key=" + first);
    assertEquals(
        "replaced", browser.findElement(By.id("link-state")).getDomAttribute("data-state"));

    // A page session signed in elsewhere with the forgotten password, before it is replaced.
    WebSession elsewhereSession = new WebSession(Platform.root()).signIn(email, PASSWORD);
    chromium.resize(Browser.PHONE);
    chromium.open("signin-link.xhtml?key=" + newer);
    browser.findElement(By.id("link:submit")).click();
    wait.until(ExpectedConditions.urlContains("account/password.xhtml"));
    assertTrue(browser.findElement(By.id("reset-notice")).isDisplayed());
    assertTrue(
        browser.findElements(By.id("password:currentPassword")).isEmpty(),
        "no current password after a link");
    chromium.assertAccessible();
    browser
        .findElement(By.cssSelector("#password\\:newPassword input, input#password\\:newPassword"))
        .sendKeys("short");
    browser.findElement(By.id("password:submit")).click();
    assertEquals(
        "Choose a password of 10 to 200 characters.",
        wait.until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#password .field-message")))
            .getText());
    String chosen = "a-brand-new-horse-2";
    browser
        .findElement(By.cssSelector("#password\\:newPassword input, input#password\\:newPassword"))
        .sendKeys(chosen);
    browser.findElement(By.id("password:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".message-info")));
    assertFalse(
        browser.findElements(By.id("password:currentPassword")).isEmpty(),
        "the current password is asked again once the new one is set");
    // ASVS 3.3.3: the other session ended with the change; the one that changed it goes on.
    WebSession.Page ended = elsewhereSession.get("learn/my.xhtml");
    assertTrue(
        ended.html().contains("id=\"signin\""),
        "the other session must sign in again, got " + ended.uri());
    assertTrue(
        ended.html().contains("Your password was changed in another session"),
        "the sign-in page says why: " + ended.html());
    chromium.open("learn/my.xhtml");
    assertFalse(browser.findElements(By.id("who")).isEmpty(), "the changing session goes on");

    Api owner = anonymous.withBasic(email, chosen);
    assertEquals(200, owner.get("me").status(), "the new password works");
    assertEquals(401, elsewhere("GET", "me", null, email, PASSWORD).statusCode(), "the old fails");
    MailServer.awaitMail(email, "Your MMICD Academy password was changed"::equals);
    assertEquals(
        1,
        MailServer.mailsTo(email, LINK_SUBJECT::equals).size(),
        "one link mail for two requests within five minutes");
    assertTrue(MailServer.mailsTo(nobody, s -> true).isEmpty(), "nobody gets no mail");

    // Through the API the current password is needed, and a token may not change it.
    String token = owner.post("me/tokens", json("name", "links-it")).json().getString("token");
    Api.Reply withToken =
        anonymous.withToken(token).put("me/password", change(chosen, "token-chosen-horse-3"));
    assertEquals(403, withToken.status(), withToken.toString());
    assertTrue(withToken.header("Content-Type").startsWith("application/problem+json"));
    HttpResponse<String> wrong =
        elsewhere("PUT", "me/password", change("not-the-password", "wrong-horse-4"), email, chosen);
    assertEquals(400, wrong.statusCode(), wrong.body());
    assertTrue(
        wrong
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertTrue(wrong.body().contains("The current password is wrong."), wrong.body());
    assertEquals(200, owner.get("me").status(), "the password is unchanged");
    assertEquals(204, owner.put("me/password", change(chosen, "api-chosen-horse-5")).status());
    assertEquals(200, anonymous.withBasic(email, "api-chosen-horse-5").get("me").status());
  }

  static final String LINK_SUBJECT = "Your sign-in link for MMICD Academy";

  private String register() {
    String email = "it-links-" + UUID.randomUUID() + "@example.org";
    Api.Reply reply = anonymous.post("accounts", registration(email, "Link Tester"));
    assertEquals(201, reply.status(), reply.toString());
    return email;
  }

  private static String registration(String email, String name) {
    return "{\"email\":\""
        + email
        + "\",\"displayName\":\""
        + name
        + "\",\"password\":\""
        + PASSWORD
        + "\",\"country\":\"NP\",\"language\":\"en\"}";
  }

  private static String json(String field, String value) {
    return "{\"" + field + "\":\"" + value + "\"}";
  }

  private static String change(String current, String chosen) {
    return "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + chosen + "\"}";
  }

  /**
   * A call as if from an address of its own, which the tests' trusted proxy forwards: the failed
   * password checks it means to cause must not slow down other tests' calls from 127.0.0.1.
   */
  private static HttpResponse<String> elsewhere(
      String method, String path, String json, String email, String password) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(Platform.root().resolve("api/v1/" + path))
            .header("Authorization", HardeningIT.basicHeader(email, password))
            .header("X-Forwarded-For", HardeningIT.address())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String keyIn(MimeMessage mail) throws Exception {
    String text = LiveSessionsIT.text(mail);
    Matcher link = LINK.matcher(text);
    assertTrue(link.find(), "a sign-in link in: " + text);
    return link.group(1);
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  /** The language menu, behind the menu button on a phone. */
  private void switchTo(String language) {
    List<WebElement> toggle = browser.findElements(By.id("menu-toggle"));
    if (!toggle.isEmpty() && toggle.get(0).isDisplayed()) {
      toggle.get(0).click();
    }
    browser.findElement(By.cssSelector("#languages summary")).click();
    browser.findElement(By.cssSelector("#languages .lang-" + language)).click();
    wait.until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
  }
}
