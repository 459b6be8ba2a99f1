package org.mmicd.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
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
 * A demo learner in a real headless Chromium: sign in, open a lesson, complete it, see progress.
 */
@ExtendWith(Platform.class)
class LearnerBrowserIT {

  @RegisterExtension static final Browser chromium = new Browser();

  WebDriver browser;
  WebDriverWait wait;
  URI root;

  @BeforeEach
  void open() {
    root = Platform.root();
    browser = chromium.driver();
    wait = chromium.await();
  }

  @Test
  void demoLearnerCompletesALessonAndSeesTheProgressBarMove() {
    // A learner of its own, so that reruns on the same database start from the same place.
    Api api = Api.anonymous(root);
    String email = "browser-" + java.util.UUID.randomUUID() + "@example.org";
    api.post(
        "accounts",
        "{\"email\":\""
            + email
            + "\",\"displayName\":\"Browser Learner\",\"password\":\"correct-horse-1\",\"country\":\"NP\",\"language\":\"en\"}");

    browser.get(root.resolve("learn/my.xhtml").toString());
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
    // Asked for a protected page, the learner signs in and lands back on it.
    chromium.signIn(email, "correct-horse-1");
    assertTrue(browser.findElement(By.id("who")).getText().contains("Browser Learner"));

    browser.get(root.resolve("course.xhtml?id=track-nepal").toString());
    browser.findElement(By.id("enrolment:enrol")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("course-percent")));
    assertEquals("0%", browser.findElement(By.id("course-percent")).getText());

    browser.findElement(By.cssSelector("[data-module='country-nepal'] a.lesson-link")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lesson-body")));
    assertTrue(browser.findElement(By.id("lesson-body")).getText().contains("Nepal"));
    int before = progressPercent();

    browser.findElement(By.id("player:markComplete")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("player:completed")));
    wait.until(d -> progressPercent() > before);
    assertTrue(progressPercent() > before, "the progress bar moved");

    browser.get(root.resolve("course.xhtml?id=track-nepal").toString());
    WebElement percent = browser.findElement(By.id("course-percent"));
    assertEquals(progressPercent(percent.getText()), progressPercentFromApi(api, email));
  }

  @Test
  void demoLearnerResumesTheCoreCourseAndCompletesTheNextLesson() {
    chromium.signIn("learner@demo.mmicd.org", "mmicd-demo");

    browser.findElement(By.cssSelector("[data-course='mmicd-blended'] a.resume")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lesson-body")));
    int before = progressPercent();
    browser.findElement(By.id("player:markComplete")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("player:completed")));
    wait.until(d -> progressPercent() > before);
    assertTrue(progressPercent() > before, "the progress bar moved from " + before);
    chromium.screenshot("lesson-completed");
  }

  private int progressPercent() {
    return progressPercent(browser.findElement(By.id("progress-value")).getText());
  }

  private static int progressPercent(String label) {
    String digits = label.replaceAll("[^0-9]", "");
    return digits.isEmpty() ? 0 : Integer.parseInt(digits);
  }

  private static int progressPercentFromApi(Api api, String email) {
    return api.withBasic(email, "correct-horse-1")
        .get("me/enrollments")
        .array()
        .getJsonObject(0)
        .getInt("percent");
  }
}
