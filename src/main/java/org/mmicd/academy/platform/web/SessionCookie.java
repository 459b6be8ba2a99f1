package org.mmicd.academy.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.mmicd.academy.platform.Settings;

/**
 * The session cookie is {@code Secure} when people reach the platform over HTTPS, even when a proxy
 * in front speaks plain HTTP to it. Its {@code SameSite=Lax} and the {@code Secure} that follows
 * the request's own scheme are in WEB-INF/glassfish-web.xml (Payara ignores SameSite in web.xml).
 */
@WebListener
public class SessionCookie implements ServletContextListener {

  @Inject Settings settings;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (settings.publicUrl().startsWith("https:")) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
