package org.mmicd.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo graduate downloads her certificate in Chromium and finds it valid on its public page.
 */
@ExtendWith(Platform.class)
class CertificatesBrowserIT {

  @RegisterExtension static final Browser chromium = new Browser();

  @Test
  void theDemoGraduateDownloadsHerCertificateAndItsPublicPageSaysValid() {
    chromium.signIn("graduate@demo.mmicd.org", "mmicd-demo");
    chromium.resize(Browser.PHONE);
    chromium.driver().findElement(By.cssSelector("a[href$='learn/certificates.xhtml']"));
    chromium.open("learn/certificates.xhtml");
    WebElement card =
        chromium
            .await()
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".certificate[data-course='mmicd-blended']")));
    assertEquals("Valid", card.findElement(By.className("certificate-status")).getText());
    chromium.screenshot("my-certificates-phone");
    chromium.assertAccessible();

    String pdf = card.findElement(By.className("pdf-link")).getAttribute("href");
    Object firstBytes =
        ((JavascriptExecutor) chromium.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                    + " + r.headers.get('Content-Type') + ' '"
                    + " + String.fromCharCode(...new Uint8Array(b.slice(0, 4))))))"
                    + ".catch(e => done('failed ' + e));",
                pdf);
    assertEquals("200 application/pdf %PDF", firstBytes, "the signed-in graduate gets the PDF");

    String verify = card.findElement(By.className("verify-link")).getAttribute("href");
    chromium.open(URI.create(verify).getPath().substring(1));
    WebElement verdict =
        chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
    assertEquals("valid", verdict.getAttribute("data-status"));
    assertTrue(verdict.getText().contains("valid"), verdict.getText());
    assertEquals("Grace Graduate", chromium.driver().findElement(By.id("learner-name")).getText());
    chromium.screenshot("verify-valid-phone");
    chromium.assertAccessible();

    chromium.open("course.xhtml?id=mmicd-blended");
    String summary =
        chromium
            .await()
            .until(ExpectedConditions.presenceOfElementLocated(By.id("completion-summary")))
            .getText();
    assertTrue(summary.startsWith("5 of 5 required modules · quizzes 5 of 5 passed"), summary);
    assertTrue(
        chromium.driver().findElement(By.id("course-certificate")).getText().contains("MMICD-"));
  }

  @Test
  void staffListCertificatesAndReviewACoursesCompletions() {
    chromium.signIn("admin@demo.mmicd.org", "mmicd-demo");
    chromium.open("coordinate/certificates.xhtml");
    String summary =
        chromium
            .await()
            .until(ExpectedConditions.presenceOfElementLocated(By.id("summary")))
            .getText();
    assertTrue(
        summary.matches("\\d+ certificats, dont \\d+ valables"), "in Alex's French: " + summary);
    assertTrue(
        chromium.driver().findElement(By.id("audit")).getText().contains("Issued in error"),
        "the audit log shows the demo revocation and its reason");
    chromium.screenshot("staff-certificates");
    chromium.assertAccessible();

    chromium.open("admin/completion.xhtml");
    chromium.await().until(ExpectedConditions.elementToBeClickable(By.id("review:dryRun"))).click();
    chromium
        .await()
        .until(
            d ->
                !d.findElements(By.id("nothing")).isEmpty()
                    || !d.findElements(By.id("review:lines")).isEmpty());

    // The outbox reads one page of 25 at a time from the database, every mail reachable.
    chromium.open("admin/outbox.xhtml");
    long total =
        chromium.driver().findElements(By.cssSelector(".tag[data-status]")).stream()
            .mapToLong(t -> Long.parseLong(t.getText().replaceAll(".*: ", "").strip()))
            .sum();
    assertTrue(total > 0, "the demo's mails and this run's are listed");
    List<WebElement> rows =
        chromium.driver().findElements(By.cssSelector("#outbox\\:mails tbody tr[data-ri]"));
    assertEquals(Math.min(25, total), rows.size(), "the first page of " + total);
    if (total > 25) {
      chromium.driver().findElement(By.cssSelector("#outbox\\:mails .ui-paginator-last")).click();
      long lastPage = total - 25 * ((total - 1) / 25);
      chromium
          .await()
          .until(
              d ->
                  d.findElements(By.cssSelector("#outbox\\:mails tbody tr[data-ri]")).size()
                      == lastPage);
    }
    chromium.assertAccessible();
  }
}
