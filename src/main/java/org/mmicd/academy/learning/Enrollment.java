package org.mmicd.academy.learning;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mmicd.academy.catalog.Course;
import org.mmicd.academy.catalog.Lesson;
import org.mmicd.academy.identity.Person;

/** A learner in a course: where they stand and where to resume. */
@Entity
@Table(name = "enrollment")
@Cacheable(false)
public class Enrollment {

  @Id
  @SequenceGenerator(name = "enrollment_seq", sequenceName = "enrollment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrollment_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id")
  private Person learner;

  /** The learner's id, read with the row: whose enrollment it is, without loading the person. */
  @Column(name = "person_id", insertable = false, updatable = false)
  private Long learnerId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id")
  private Course course;

  @Enumerated(EnumType.STRING)
  private EnrollmentStatus status;

  @Column(name = "enrolled_at")
  private Instant enrolledAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "last_activity_at")
  private Instant lastActivityAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "resume_lesson_id")
  private Lesson resumeLesson;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "cohort_id")
  private Cohort cohort;

  /**
   * The learner's country when they enrolled, which reports count the enrollment under: kept here
   * so that figures by country need not join every enrollment to its learner.
   */
  @Column(name = "country_code", updatable = false)
  private String countryCode;

  /**
   * The course progress as the learner sees it, kept with every progress report so that reports
   * need not recompute it; {@link ProgressCounters} recounts it when the content changes.
   */
  @Column(name = "progress_percent")
  private int progressPercent;

  protected Enrollment() {}

  public Enrollment(Person learner, Course course, Instant enrolledAt) {
    this.learner = learner;
    this.learnerId = learner.id();
    this.countryCode = learner.country() == null ? null : learner.country().code();
    this.course = course;
    this.status = EnrollmentStatus.ACTIVE;
    this.enrolledAt = enrolledAt;
  }

  public Long id() {
    return id;
  }

  public Person learner() {
    return learner;
  }

  public Course course() {
    return course;
  }

  public EnrollmentStatus status() {
    return status;
  }

  public Instant enrolledAt() {
    return enrolledAt;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public Instant lastActivityAt() {
    return lastActivityAt;
  }

  public Lesson resumeLesson() {
    return resumeLesson;
  }

  public int progressPercent() {
    return progressPercent;
  }

  void progressed(int percent) {
    this.progressPercent = percent;
  }

  /** The cohort the learner takes the course with, if any. */
  public java.util.Optional<Cohort> cohort() {
    return java.util.Optional.ofNullable(cohort);
  }

  public long learnerId() {
    return learnerId;
  }

  public boolean belongsTo(Person person) {
    return learnerId.equals(person.id());
  }

  void touched(Lesson lesson, Instant when) {
    this.resumeLesson = lesson;
    this.lastActivityAt = when;
  }

  void reactivate(Instant when) {
    if (status == EnrollmentStatus.WITHDRAWN) {
      status = EnrollmentStatus.ACTIVE;
      withdrawnAt = null;
      enrolledAt = when;
    }
  }

  /** Puts the learner in a cohort of this enrollment's course (or in none). */
  void placeIn(Cohort cohort) {
    if (cohort != null && !cohort.courseId().equals(course.id())) {
      throw org.mmicd.academy.platform.DomainException.invalid(
          "cohortId", "error.learning.cohortOfAnotherCourse", cohort.name(), course.id());
    }
    this.cohort = cohort;
  }

  /** The course's completion rule is met: only an active enrollment completes. */
  void complete(Instant when) {
    if (status == EnrollmentStatus.ACTIVE) {
      status = EnrollmentStatus.COMPLETED;
      completedAt = when;
    }
  }

  /** Completed no longer: the rule or the content changed, and it can be earned again. */
  void reopen() {
    if (status == EnrollmentStatus.COMPLETED) {
      status = EnrollmentStatus.ACTIVE;
      completedAt = null;
    }
  }

  void withdraw(Instant when) {
    if (status == EnrollmentStatus.ACTIVE) {
      status = EnrollmentStatus.WITHDRAWN;
      withdrawnAt = when;
    }
  }
}
