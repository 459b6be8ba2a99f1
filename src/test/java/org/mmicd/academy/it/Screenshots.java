package org.mmicd.academy.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Keeps what the browser showed under target/screenshots, for people reviewing a run. */
final class Screenshots {

  private Screenshots() {}

  static void save(WebDriver browser, String name) {
    try {
      Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
      Path target = Path.of("target", "screenshots", name + ".png");
      Files.createDirectories(target.getParent());
      Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot keep the screenshot " + name, e);
    }
  }
}
