package org.mmicd.academy.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mmicd.academy.identity.UserSession;

/** The course list. */
@Named
@RequestScoped
public class CataloguePage {

  @Inject CatalogService catalog;
  @Inject UserSession userSession;

  private List<CatalogViews.CourseSummary> courses;

  public List<CatalogViews.CourseSummary> getCourses() {
    if (courses == null) {
      courses =
          catalog.courses().stream()
              .map(c -> CatalogViews.summary(c, catalog.modulesOf(c), userSession.getLanguage()))
              .toList();
    }
    return courses;
  }
}
