package org.mmicd.academy.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.mmicd.academy.catalog.content.ContentProblem;
import org.mmicd.academy.identity.Role;

/** Content status and reload, for admins. */
@Path("admin/content")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class ContentResource {

  @Inject CatalogService catalog;

  public record ContentStatus(
      Instant loadedAt, int modules, int courses, List<ContentProblem> problems) {}

  @GET
  public ContentStatus status() {
    return new ContentStatus(
        catalog.lastLoadedAt().orElse(null),
        (int) catalog.allModules().stream().filter(m -> !m.retired()).count(),
        catalog.courses().size(),
        catalog.lastLoadProblems());
  }

  @POST
  @Path("reload")
  public CatalogService.LoadReport reload() {
    return catalog.reload();
  }
}
