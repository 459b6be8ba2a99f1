package org.mmicd.academy.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The course list. */
@Named
@RequestScoped
public class CataloguePage {

  @Inject CatalogService catalog;

  private List<CatalogViews.CourseSummary> courses;

  public List<CatalogViews.CourseSummary> getCourses() {
    if (courses == null) {
      courses =
          catalog.courses().stream()
              .map(c -> CatalogViews.summary(c, catalog.modulesOf(c)))
              .toList();
    }
    return courses;
  }
}
