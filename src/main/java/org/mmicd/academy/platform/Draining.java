package org.mmicd.academy.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Taking this instance out of a cluster without cutting anyone off: once draining, readiness says
 * DOWN ({@link DrainingCheck}), so the load balancer sends no new requests, while those in flight
 * finish; the operator stops the instance when none is left. Sessions live on in the data grid.
 */
@ApplicationScoped
public class Draining {

  private static final Logger LOG = Logger.getLogger(Draining.class.getName());

  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicInteger inFlight = new AtomicInteger();

  /** What an operator sees: whether the instance drains and how many requests it still serves. */
  public record State(boolean draining, int inFlight) {}

  public State start() {
    if (draining.compareAndSet(false, true)) {
      LOG.warning("Draining: readiness is DOWN, requests in flight finish, new ones go elsewhere");
    }
    return state();
  }

  public State state() {
    return new State(draining.get(), inFlight.get());
  }

  void entered() {
    inFlight.incrementAndGet();
  }

  void left() {
    inFlight.decrementAndGet();
  }
}
