package org.mmicd.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A learner takes the health toolkit's quiz in Chromium, passes it and sees the feedback. */
@ExtendWith(Platform.class)
class QuizBrowserIT {

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
  @SuppressWarnings("unchecked")
  void learnerPassesAToolkitQuizAndTheModuleShowsIt() {
    Api api = Api.anonymous(root);
    String email = "quiz-" + UUID.randomUUID() + "@example.org";
    api.post(
        "accounts",
        "{\"email\":\""
            + email
            + "\",\"displayName\":\"Quiz Taker\",\"password\":\"correct-horse-1\",\"country\":\"MG\",\"language\":\"en\"}");
    assertEquals(
        201,
        api.withBasic(email, "correct-horse-1")
            .post("enrollments", "{\"courseId\":\"mmicd-blended\"}")
            .status());
    QuizFile file = QuizFile.of("modules/toolkit-health");

    chromium.signIn(email, "correct-horse-1");

    browser.get(
        root.resolve("learn/quiz.xhtml?module=toolkit-health&course=mmicd-blended").toString());
    assertTrue(browser.findElement(By.id("rules")).getText().contains("70"));
    browser.findElement(By.id("start:start")).click();
    wait.until(ExpectedConditions.urlContains("learn/attempt.xhtml"));

    int answered = 0;
    while (true) {
      WebElement question =
          wait.until(ExpectedConditions.presenceOfElementLocated(By.id("question")));
      String html = browser.getPageSource();
      for (String secret : file.secrets()) {
        assertFalse(html.contains(secret), "the page shows a secret before submission: " + secret);
      }
      String text = browser.findElement(By.id("question-text")).getText();
      assertFalse(
          question.getText().contains("&#") || question.getText().contains("&amp;"),
          "texts are shown, not their escapes: " + question.getText());
      answer(browser, wait, question, file.byText(text));
      answered++;
      List<WebElement> next = browser.findElements(By.id("attempt:next"));
      if (next.isEmpty()) {
        break;
      }
      next.get(0).click();
      wait.until(d -> !d.findElement(By.id("question-text")).getText().equals(text));
    }
    assertEquals(file.draw(), answered);
    browser.findElement(By.id("attempt:submit")).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    wait.until(ExpectedConditions.urlContains("learn/result.xhtml"));

    assertTrue(
        browser.findElement(By.id("verdict")).getText().contains("Passed"),
        browser.findElement(By.id("verdict")).getText());
    assertTrue(browser.findElement(By.id("score")).getText().startsWith("100"));
    List<WebElement> feedback = browser.findElements(By.cssSelector(".review-item .feedback"));
    assertEquals(file.draw(), feedback.size());
    assertFalse(feedback.get(0).getText().isBlank(), "the review teaches");
    chromium.screenshot("quiz-result");
    chromium.assertAccessible();

    browser.get(root.resolve("course.xhtml?id=mmicd-blended").toString());
    WebElement module = browser.findElement(By.cssSelector("[data-module='toolkit-health']"));
    assertEquals(
        1,
        module.findElements(By.cssSelector(".quiz-passed")).size(),
        "the module shows its quiz as passed");

    // The trainer sees that attempt in the item analysis of the quiz.
    browser.findElement(By.id("menu:signOut")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("menu:signIn")));
    chromium.signIn("trainer@demo.mmicd.org", "mmicd-demo");
    browser.get(root.resolve("train/quizzes.xhtml?module=toolkit-health&country=MG").toString());
    assertTrue(
        Integer.parseInt(browser.findElement(By.cssSelector("#summary strong")).getText()) >= 1);
    List<WebElement> facility = browser.findElements(By.cssSelector(".item-analysis .facility"));
    assertEquals(file.questions().size(), facility.size(), "one analysed row per question");
    assertTrue(
        facility.stream().allMatch(f -> f.getText().matches("\\d+\\.\\d")), "facility in per cent");
    chromium.screenshot("item-analysis");
    chromium.assertAccessible();
  }

  /** Answers a question of the attempt page rightly, as its quiz file says, by taps and typing. */
  @SuppressWarnings("unchecked")
  static void answer(
      WebDriver browser, WebDriverWait wait, WebElement question, Map<String, Object> source) {
    String type = question.getAttribute("data-type");
    switch (type) {
      case "single", "multiple" -> {
        List<Map<String, Object>> options = (List<Map<String, Object>>) source.get("options");
        for (WebElement label : question.findElements(By.cssSelector(".options label"))) {
          boolean correct =
              options.stream()
                  .anyMatch(
                      o ->
                          o.get("text").toString().equals(label.getText().strip())
                              && Boolean.TRUE.equals(o.get("correct")));
          if (correct) {
            choose(browser, wait, label);
          }
        }
      }
      case "true-false" -> {
        String wanted = Boolean.TRUE.equals(source.get("answer")) ? "True" : "False";
        choose(
            browser,
            wait,
            question.findElements(By.cssSelector(".options label")).stream()
                .filter(l -> l.getText().strip().equals(wanted))
                .findFirst()
                .orElseThrow());
      }
      case "matching" -> {
        List<Map<String, Object>> pairs = (List<Map<String, Object>>) source.get("pairs");
        for (int left = 0; left < pairs.size(); left++) {
          new Select(question.findElement(By.cssSelector("select.match-" + left)))
              .selectByVisibleText(pairs.get(left).get("right").toString());
        }
      }
      case "short-answer" ->
          question
              .findElement(By.tagName("input"))
              .sendKeys(((List<Object>) source.get("accept")).get(0).toString());
      default -> throw new AssertionError(type);
    }
  }

  /** Taps an option's row as a learner would, anywhere on it, and checks that it took. */
  static void choose(WebDriver browser, WebDriverWait wait, WebElement label) {
    WebElement input = browser.findElement(By.id(label.getAttribute("for")));
    assertTrue(label.getSize().getHeight() >= 24, "an option is at least 24 px tall");
    wait.until(ExpectedConditions.elementToBeClickable(label));
    new org.openqa.selenium.interactions.Actions(browser)
        .moveToElement(label, label.getSize().getWidth() / 3, 0)
        .click()
        .perform();
    assertTrue(input.isSelected(), "tapping the row selects the option: " + label.getText());
  }
}
