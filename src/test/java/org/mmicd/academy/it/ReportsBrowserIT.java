package org.mmicd.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Nepal coordinator on a phone: the dashboard shows Nepal only, filtering by her cohort narrows
 * every figure, and the XLSX she downloads holds the rows the page shows.
 */
@ExtendWith(Platform.class)
class ReportsBrowserIT {

  @RegisterExtension static final Browser chromium = new Browser();

  static final String COHORT = "Nepal — Provincial officials 2026";

  @Test
  void theNepalCoordinatorFiltersByCohortAndDownloadsTheSpreadsheet() throws Exception {
    WebDriver browser = chromium.driver();
    chromium.resize(Browser.PHONE);
    chromium.signIn("coordinator-np@demo.mmicd.org", "mmicd-demo");
    chromium.open("coordinate/dashboard.xhtml");
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("groups")));
    assertTrue(browser.findElements(By.cssSelector("#byCountry canvas")).size() == 1);
    String allNepal = browser.findElement(By.id("figure-enrolled")).getText();
    List<String> countries =
        browser.findElements(By.cssSelector("#groups tbody tr td:first-child")).stream()
            .map(WebElement::getText)
            .map(t -> t.replace("Country", "").strip())
            .toList();
    assertEquals(List.of("Nepal"), countries);

    new Select(browser.findElement(By.id("cohort"))).selectByVisibleText(COHORT);
    browser.findElement(By.id("apply")).click();
    chromium.await().until(ExpectedConditions.urlContains("cohort="));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("groups")));
    String inCohort = browser.findElement(By.id("figure-enrolled")).getText();
    assertTrue(
        Integer.parseInt(inCohort) < Integer.parseInt(allNepal),
        inCohort + " of " + allNepal + " learners in Nepal are in the cohort");
    assertTrue(
        browser.findElement(By.cssSelector("#funnel canvas")).isDisplayed(), "the funnel chart");
    long pageWidth =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
    assertTrue(pageWidth <= 400, "no sideways scrolling on a phone: " + pageWidth);
    chromium.screenshot("reports-nepal-cohort-phone");
    chromium.assertAccessible();

    String href = browser.findElement(By.id("completion-xlsx")).getAttribute("href");
    assertTrue(href.contains("format=xlsx") && href.contains("cohort="), href);
    String base64 =
        (String)
            ((JavascriptExecutor) browser)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))"
                        + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));"
                        + " done(btoa(s)); }).catch(e => done('failed ' + e));",
                    href);
    assertTrue(!base64.startsWith("failed"), base64);
    byte[] xlsx = Base64.getDecoder().decode(base64);
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertTrue(
          rows.stream().anyMatch(r -> r.getCellText(0).equals("filter cohort")),
          "the filters are in the file");
      Row nepal =
          rows.stream()
              .filter(r -> r.getCellText(0).equals("NP"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no Nepal row in the spreadsheet"));
      assertEquals(Integer.parseInt(inCohort), nepal.getCellAsNumber(2).orElseThrow().intValue());
      assertTrue(rows.stream().noneMatch(r -> r.getCellText(0).equals("EC")));
    }

    browser.findElement(By.id("figure-enrolled")).click();
    chromium.await().until(ExpectedConditions.urlContains("learners.xhtml"));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
    assertEquals(inCohort, browser.findElement(By.id("total")).getText());
  }
}
