package org.mmicd.academy.learning;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.platform.DomainException;

/**
 * A run of a course for a group of learners, such as "Nepal — Provincial officials 2026": its
 * course, the country it is run in (none: open to every country), the organisation it is run for,
 * its dates and its trainers.
 */
@Entity
@Table(name = "cohort")
@Cacheable(false)
public class Cohort {

  public static final int MAX_NAME = 200;

  @Id
  @SequenceGenerator(name = "cohort_seq", sequenceName = "cohort_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cohort_seq")
  private Long id;

  private String name;

  @Column(name = "course_id")
  private String courseId;

  @Column(name = "country_code")
  private String countryCode;

  private String organisation;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(name = "created_at")
  private Instant createdAt;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "cohort_trainer",
      joinColumns = @JoinColumn(name = "cohort_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  @OrderBy("displayName")
  private List<Person> trainers = new ArrayList<>();

  protected Cohort() {}

  public Cohort(CohortDetails details, Instant createdAt) {
    this.createdAt = createdAt;
    describe(details);
  }

  /** Applies the details a coordinator chose; a cohort's course never changes once it has one. */
  void describe(CohortDetails details) {
    if (courseId != null && !courseId.equals(details.courseId())) {
      throw DomainException.conflict("error.learning.cohortCourseFixed", name);
    }
    this.name = details.name();
    this.courseId = details.courseId();
    this.countryCode = details.countryCode();
    this.organisation = details.organisation();
    this.startsOn = details.startsOn();
    this.endsOn = details.endsOn();
    this.trainers.clear();
    this.trainers.addAll(details.trainers());
  }

  /** Whether a learner from this country may join it on their own. */
  public boolean openTo(Person learner) {
    return countryCode == null
        || (learner.country() != null && learner.country().code().equals(countryCode));
  }

  public boolean ledBy(Person person) {
    return trainers.stream().anyMatch(t -> t.id().equals(person.id()));
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String courseId() {
    return courseId;
  }

  public String countryCode() {
    return countryCode;
  }

  public String organisation() {
    return organisation;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<Person> trainers() {
    return List.copyOf(trainers);
  }
}
