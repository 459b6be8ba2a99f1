package org.mmicd.academy.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.mmicd.academy.platform.DomainException;

/**
 * The menu's languages. Choosing one posts the menu's form (its view state guards it against other
 * sites) and comes back to the very address the page had, parameters included: a form's own action
 * is the page without its parameters, so the page writes its address into the form.
 */
@Named
@RequestScoped
public class LanguageMenu {

  /** The form field that carries the page's address. */
  static final String BACK = "back";

  @Inject UserSession userSession;

  /**
   * The address the browser shows for this page: the original one when the page is an error page or
   * a forward (the short verification address), the page with its parameters after a form post.
   */
  public String getBack() {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (failed != null) {
      return address(failed, request.getQueryString());
    }
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    if (forwarded != null) {
      return address(forwarded, request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING));
    }
    if (faces.isPostback()) {
      return bookmarkable(faces);
    }
    return address(request.getRequestURI(), request.getQueryString());
  }

  /** Switches the interface language and shows the same page again, in that language. */
  public void change(String language) throws IOException {
    if (language == null || !UserSession.LANGUAGES.contains(language)) {
      throw DomainException.invalid("language", "error.page.noLanguage");
    }
    userSession.setLanguage(language);
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    String back = external.getRequestParameterMap().get(BACK);
    external.redirect(isOurs(back, external.getRequestContextPath()) ? back : bookmarkable(faces));
  }

  /** A path of this application, never another site (no scheme, host or line break). */
  static boolean isOurs(String back, String contextPath) {
    return back != null
        && back.startsWith(contextPath + "/")
        && !back.startsWith("//")
        && back.chars().noneMatch(c -> c == '\\' || c < 0x20 || c == 0x7f)
        && !back.contains("://");
  }

  private static String bookmarkable(FacesContext faces) {
    return faces
        .getApplication()
        .getViewHandler()
        .getBookmarkableURL(faces, faces.getViewRoot().getViewId(), Map.of(), true);
  }

  private static String address(Object path, Object query) {
    return path + (query == null || query.toString().isEmpty() ? "" : "?" + query);
  }
}
