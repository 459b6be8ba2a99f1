package org.mmicd.academy.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
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
public class RestApplication extends Application {}
