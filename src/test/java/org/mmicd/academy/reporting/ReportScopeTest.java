package org.mmicd.academy.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.platform.DomainException;

class ReportScopeTest {

  static Person person(long id, Role... roles) throws Exception {
    Person person =
        new Person(
            "p" + id + "@example.org",
            "Person " + id,
            "hash",
            null,
            null,
            "en",
            ZoneId.of("UTC"),
            EnumSet.of(roles[0], roles),
            Instant.EPOCH);
    Field field = Person.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(person, id);
    return person;
  }

  static ReportFilters country(String code) {
    return ReportFilters.ALL.withCountry(code);
  }

  @Test
  void adminsAndCoordinatorsOfEveryCountrySeeEveryone() throws Exception {
    assertTrue(ReportScope.of(person(1, Role.ADMIN), List.of()).everyone());
    assertTrue(ReportScope.of(person(2, Role.COORDINATOR), List.of("*")).everyone());
    Sql sql = new Sql();
    ReportScope.everything().appendTo(sql);
    assertEquals("", sql.text());
  }

  @Test
  void aCoordinatorOfNepalSeesNepaliLearnersAndIsRefusedEcuador() throws Exception {
    ReportScope nepal = ReportScope.of(person(3, Role.COORDINATOR, Role.LEARNER), List.of("NP"));
    Sql sql = new Sql();
    nepal.appendTo(sql);
    assertEquals(" AND (e.country_code IN (?1))", sql.text());
    assertEquals(List.of("NP"), sql.parameters());
    nepal.check(country("NP"), Optional.empty());
    DomainException refusal =
        assertThrows(DomainException.class, () -> nepal.check(country("EC"), Optional.empty()));
    assertEquals(DomainException.Kind.FORBIDDEN, refusal.kind());
    assertThrows(
        DomainException.class,
        () ->
            nepal.check(
                ReportFilters.ALL, Optional.of(new ReportScope.CohortFacts(9, "EC", false))));
    nepal.check(ReportFilters.ALL, Optional.of(new ReportScope.CohortFacts(8, "NP", false)));
  }

  @Test
  void aTrainerSeesTheCohortsTheyLeadWhereverTheLearnersComeFrom() throws Exception {
    ReportScope trainer = ReportScope.of(person(4, Role.TRAINER), List.of("NP"));
    assertEquals(Set.of(), trainer.countries(), "the trainer is no coordinator");
    Sql sql = new Sql();
    trainer.appendTo(sql);
    assertEquals(
        " AND (e.cohort_id IN (SELECT ct.cohort_id FROM cohort_trainer ct WHERE ct.person_id = ?1))",
        sql.text());
    trainer.check(country("EC"), Optional.of(new ReportScope.CohortFacts(9, "EC", true)));
    assertThrows(
        DomainException.class,
        () ->
            trainer.check(country("EC"), Optional.of(new ReportScope.CohortFacts(9, "EC", false))));

    ReportScope both =
        ReportScope.of(person(5, Role.TRAINER, Role.COORDINATOR), List.of("MG", "NP"));
    Sql union = new Sql();
    both.appendTo(union);
    assertEquals(
        " AND (e.country_code IN (?1, ?2) OR e.cohort_id IN (SELECT ct.cohort_id FROM"
            + " cohort_trainer ct WHERE ct.person_id = ?3))",
        union.text());
  }

  @Test
  void aCoordinatorWithoutCountriesSeesNothing() throws Exception {
    DomainException refusal =
        assertThrows(
            DomainException.class, () -> ReportScope.of(person(6, Role.COORDINATOR), List.of()));
    assertEquals("error.reporting.noScope", refusal.key());
  }
}
