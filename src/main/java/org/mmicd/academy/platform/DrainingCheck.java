package org.mmicd.academy.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready for new requests unless the instance drains: the load balancer then sends none. */
@Readiness
@ApplicationScoped
public class DrainingCheck implements HealthCheck {

  @Inject Draining draining;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("accepting-requests")
        .status(!draining.state().draining())
        .build();
  }
}
