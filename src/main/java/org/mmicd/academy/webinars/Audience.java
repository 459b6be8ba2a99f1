package org.mmicd.academy.webinars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import org.mmicd.academy.catalog.ModuleInCourse;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.learning.LearningService;

/** Who a session is for, and who runs sessions. */
@ApplicationScoped
public class Audience {

  @Inject LearningService learning;

  /** The modules of every course the person is enrolled in (and has not withdrawn from). */
  public Set<String> moduleIdsOf(Person person) {
    Set<String> ids = new HashSet<>();
    learning
        .enrollmentsOf(person)
        .forEach(
            e -> e.course().modules().stream().map(ModuleInCourse::moduleId).forEach(ids::add));
    return ids;
  }

  /** Admins manage every session; trainers the sessions they lead. */
  public static boolean mayManage(Person person, LiveSession session) {
    return person.hasRole(Role.ADMIN) || (person.hasRole(Role.TRAINER) && session.ledBy(person));
  }

  public static boolean mayLead(Person person) {
    return person.hasRole(Role.TRAINER) || person.hasRole(Role.ADMIN);
  }
}
