package org.mmicd.academy.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "MMICD Academy API",
            version = "1",
            description =
                "Courses, enrollments and learning progress of the MMICD Academy. Authenticate with"
                    + " a personal access token (Authorization: Bearer) or HTTP Basic."))
public class RestApplication extends Application {

  /**
   * Jersey's generated WADL (application.wadl) would describe every resource to anyone; the OpenAPI
   * document at /openapi is the API's description.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
