package org.mmicd.academy.webinars.attendance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import java.util.stream.Collectors;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.webinars.LiveSession;

/** Which past sessions the signed-in learner attended, for the live sessions page. */
@Named
@RequestScoped
public class AttendedSessions {

  @Inject AttendanceService attendance;
  @Inject CurrentUser currentUser;

  private Set<Long> attended;

  public boolean attended(long sessionId) {
    if (attended == null) {
      attended =
          attendance.attendedBy(currentUser.get()).stream()
              .map(LiveSession::id)
              .collect(Collectors.toSet());
    }
    return attended.contains(sessionId);
  }
}
