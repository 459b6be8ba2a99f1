package org.mmicd.academy.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.mmicd.academy.platform.Settings;

/**
 * Where the content files are: MMICD_CONTENT_DIR when set, else the copy packaged in the WAR under
 * {@code WEB-INF/classes/content} (Payara deploys the WAR as a directory, so it is a folder on
 * disk).
 */
@ApplicationScoped
public class ContentLocation {

  static final String PACKAGED = "content/courses";

  @Inject Settings settings;

  public Path root() {
    return settings.contentDirectory().orElseGet(ContentLocation::packaged);
  }

  private static Path packaged() {
    URL courses = ContentLocation.class.getClassLoader().getResource(PACKAGED);
    if (courses == null || !"file".equals(courses.getProtocol())) {
      throw new IllegalStateException(
          "No content folder is packaged in the application; set MMICD_CONTENT_DIR to a folder holding modules/ and courses/");
    }
    try {
      return Path.of(courses.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the packaged content: " + courses, e);
    }
  }
}
