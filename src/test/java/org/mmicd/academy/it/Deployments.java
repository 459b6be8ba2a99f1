package org.mmicd.academy.it;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment every integration test uses: the WAR that {@code mvn package} built. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive application() {
    String path = System.getProperty("mmicd.war", "target/mmicd-academy.war");
    File war = new File(path);
    if (!war.isFile()) {
      throw new IllegalStateException(
          "Build the WAR first (mvn package): " + war.getAbsolutePath());
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /** Payara Micro reports the machine's outside address; the tests stay on loopback. */
  public static URI loopback(URL deployed) {
    String base = deployed.toString().replaceFirst("//[^/:]+", "//127.0.0.1");
    return URI.create(base.endsWith("/") ? base : base + "/");
  }
}
