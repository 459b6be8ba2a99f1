package org.mmicd.academy.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.mmicd.academy.catalog.content.ContentProblem;
import org.mmicd.academy.platform.Messages;
import org.mmicd.academy.platform.PlatformSettings;

/** Content status, problems of the last load and the reload button, for admins. */
@Named
@RequestScoped
public class ContentAdminPage {

  @Inject CatalogService catalog;
  @Inject PlatformSettings platformSettings;
  @Inject Messages messages;

  private List<ContentProblem> problems;
  private Boolean selfRegistration;

  public void reload() {
    CatalogService.LoadReport report = catalog.reload();
    problems = report.problems();
    messages.info(
        "content.reloaded",
        report.modulesLoaded(),
        report.coursesLoaded(),
        report.problems().size());
  }

  public List<ContentProblem> getProblems() {
    if (problems == null) {
      problems = catalog.lastLoadProblems();
    }
    return problems;
  }

  public Instant getLoadedAt() {
    return catalog.lastLoadedAt().orElse(null);
  }

  public long getModuleCount() {
    return catalog.allModules().stream().filter(m -> !m.retired()).count();
  }

  public int getCourseCount() {
    return catalog.courses().size();
  }

  public boolean isSelfRegistration() {
    if (selfRegistration == null) {
      selfRegistration = platformSettings.selfRegistrationOpen();
    }
    return selfRegistration;
  }

  public void setSelfRegistration(boolean open) {
    this.selfRegistration = open;
  }

  public void saveSettings() {
    platformSettings.setSelfRegistrationOpen(selfRegistration);
    messages.info("content.saved");
  }
}
