package org.mmicd.academy.webinars;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.mmicd.academy.identity.Country;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.learning.Cohort;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.PlainText;

/**
 * A webinar or workshop. It starts at an instant; its organiser's zone is kept to show the time as
 * the organiser set it. The calendar UID never changes and SEQUENCE grows with every change people
 * must hear about, so calendars update the event they already hold.
 */
@Entity
@Table(name = "live_session")
@Cacheable(false)
public class LiveSession {

  /** What an edit changed, to decide who must hear about it. */
  public enum Change {
    TIME,
    PLACE,
    TEXT,
    CAPACITY,
    AUDIENCE,
    QUIET;

    static final Set<Change> ANNOUNCED = EnumSet.of(TIME, PLACE, TEXT);
  }

  @Id
  @SequenceGenerator(
      name = "live_session_seq",
      sequenceName = "live_session_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "live_session_seq")
  private Long id;

  @Column(name = "calendar_uid")
  private String calendarUid;

  @Enumerated(EnumType.STRING)
  private SessionKind kind;

  private String title;

  private String description;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "duration_minutes")
  private int durationMinutes;

  @Column(name = "time_zone")
  private String timeZone;

  private int capacity;

  @Column(name = "join_url")
  private String joinUrl;

  private String venue;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "country_code")
  private Country country;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "cohort_id")
  private Cohort cohort;

  @Column(name = "recording_url")
  private String recordingUrl;

  @Enumerated(EnumType.STRING)
  private SessionStatus status;

  @Column(name = "sequence_no")
  private int sequence;

  @Column(name = "attendance_threshold")
  private int attendanceThreshold;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "created_by")
  private Person createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "live_session_module", joinColumns = @JoinColumn(name = "session_id"))
  @Column(name = "module_id")
  private Set<String> moduleIds = new TreeSet<>();

  @ManyToMany(fetch = FetchType.LAZY)
  @BatchFetch(BatchFetchType.IN)
  @JoinTable(
      name = "live_session_trainer",
      joinColumns = @JoinColumn(name = "session_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  @OrderBy("displayName")
  private List<Person> trainers = new ArrayList<>();

  protected LiveSession() {}

  public LiveSession(SessionDetails details, Person createdBy, Instant now) {
    this.calendarUid = UUID.randomUUID() + "@mmicd-academy";
    this.status = SessionStatus.SCHEDULED;
    this.createdBy = createdBy;
    this.createdAt = now;
    apply(details, now);
  }

  /**
   * Applies a trainer's edit. Changes to time, place or text move the session to CHANGED and raise
   * its calendar SEQUENCE; once held, only the recording and the attendance threshold may change.
   */
  public Set<Change> revise(SessionDetails details, Instant now) {
    if (status == SessionStatus.CANCELLED) {
      throw DomainException.conflict("error.session.cancelled-no-change", title);
    }
    Set<Change> changes = changesTo(details);
    if (changes.isEmpty()) {
      return changes;
    }
    boolean started = !now.isBefore(startsAt);
    Set<Change> lateChanges = EnumSet.copyOf(changes);
    lateChanges.removeAll(EnumSet.of(Change.QUIET, Change.AUDIENCE, Change.CAPACITY));
    if ((status == SessionStatus.HELD || started) && !lateChanges.isEmpty()) {
      throw DomainException.conflict("error.session.started", title);
    }
    apply(details, now);
    if (changes.stream().anyMatch(Change.ANNOUNCED::contains)) {
      sequence++;
      if (status == SessionStatus.SCHEDULED) {
        status = SessionStatus.CHANGED;
      }
    }
    return changes;
  }

  Set<Change> changesTo(SessionDetails d) {
    Set<Change> changes = EnumSet.noneOf(Change.class);
    if (!d.startsAt().equals(startsAt) || d.duration().toMinutes() != durationMinutes) {
      changes.add(Change.TIME);
    }
    if (d.kind() != kind
        || !Objects.equals(d.joinUrl(), joinUrl)
        || !Objects.equals(d.venue(), venue)
        || !Objects.equals(code(d.country()), code(country))) {
      changes.add(Change.PLACE);
    }
    if (!d.title().equals(title) || !Objects.equals(d.description(), description)) {
      changes.add(Change.TEXT);
    }
    if (d.capacity() != capacity) {
      changes.add(Change.CAPACITY);
    }
    if (!d.moduleIds().equals(moduleIds)
        || !Objects.equals(idOf(d.cohort()), idOf(cohort))
        || !ids(d.trainers()).equals(ids(trainers))) {
      changes.add(Change.AUDIENCE);
    }
    if (!Objects.equals(d.recordingUrl(), recordingUrl)
        || d.attendanceThreshold() != attendanceThreshold
        || !d.timeZone().getId().equals(timeZone)) {
      changes.add(Change.QUIET);
    }
    return changes;
  }

  private void apply(SessionDetails d, Instant now) {
    this.kind = d.kind();
    this.title = d.title();
    this.description = d.description();
    this.startsAt = d.startsAt();
    this.durationMinutes = (int) d.duration().toMinutes();
    this.timeZone = d.timeZone().getId();
    this.capacity = d.capacity();
    this.joinUrl = d.joinUrl();
    this.venue = d.venue();
    this.country = d.country();
    this.cohort = d.cohort();
    this.moduleIds.clear();
    this.moduleIds.addAll(d.moduleIds());
    this.trainers.clear();
    this.trainers.addAll(d.trainers());
    this.attendanceThreshold = d.attendanceThreshold();
    this.recordingUrl = d.recordingUrl();
    this.updatedAt = now;
  }

  /** Cancels the session; calendars learn it from STATUS:CANCELLED with a higher SEQUENCE. */
  public void cancel(String reason, Instant now) {
    if (status == SessionStatus.CANCELLED) {
      throw DomainException.conflict("error.session.already-cancelled", title);
    }
    if (status == SessionStatus.HELD || !now.isBefore(endsAt())) {
      throw DomainException.conflict("error.session.past", title);
    }
    status = SessionStatus.CANCELLED;
    cancelReason =
        reason == null || reason.isBlank() ? null : PlainText.requireText("reason", reason.strip());
    sequence++;
    updatedAt = now;
  }

  /** Marks that the session took place: attendance was taken, or its time has passed. */
  public void markHeld(Instant now) {
    if (status.upcoming() && !now.isBefore(startsAt)) {
      status = SessionStatus.HELD;
      updatedAt = now;
    }
  }

  /** Registration is open until the start, and never for a cancelled or past session. */
  public boolean registrationOpen(Instant now) {
    return status.upcoming() && now.isBefore(startsAt);
  }

  /** Whether someone counts as having attended, given the time the meeting tool saw them. */
  public boolean attendedWith(long secondsPresent) {
    return secondsPresent * 100 >= (long) attendanceThreshold * durationMinutes * 60;
  }

  /** Learners in the session's country (any, if it has none) taking one of its modules. */
  public boolean openTo(Person person, Set<String> moduleIdsOfTheirCourses) {
    boolean countryMatches =
        country == null
            || (person.country() != null && person.country().code().equals(country.code()));
    return countryMatches && moduleIds.stream().anyMatch(moduleIdsOfTheirCourses::contains);
  }

  public boolean ledBy(Person person) {
    return trainers.stream().anyMatch(t -> t.id().equals(person.id()));
  }

  private static Set<Long> ids(List<Person> people) {
    Set<Long> ids = new TreeSet<>();
    people.forEach(p -> ids.add(p.id()));
    return ids;
  }

  private static Long idOf(Cohort cohort) {
    return cohort == null ? null : cohort.id();
  }

  private static String code(Country country) {
    return country == null ? null : country.code();
  }

  public Long id() {
    return id;
  }

  public String calendarUid() {
    return calendarUid;
  }

  public SessionKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return startsAt.plus(duration());
  }

  public Duration duration() {
    return Duration.ofMinutes(durationMinutes);
  }

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  public int capacity() {
    return capacity;
  }

  public String joinUrl() {
    return joinUrl;
  }

  public String venue() {
    return venue;
  }

  public Country country() {
    return country;
  }

  /** The cohort the session is for, or null: then it is for everyone taking its modules. */
  public Cohort cohort() {
    return cohort;
  }

  public String recordingUrl() {
    return recordingUrl;
  }

  public SessionStatus status() {
    return status;
  }

  public int sequence() {
    return sequence;
  }

  public int attendanceThreshold() {
    return attendanceThreshold;
  }

  public String cancelReason() {
    return cancelReason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  public Set<String> moduleIds() {
    return Set.copyOf(moduleIds);
  }

  public List<Person> trainers() {
    return List.copyOf(trainers);
  }

  /** The details as they are now, to edit and apply again. */
  public SessionDetails details() {
    return new SessionDetails(
        kind,
        title,
        description,
        startsAt,
        duration(),
        timeZone(),
        capacity,
        joinUrl,
        venue,
        country,
        cohort,
        moduleIds(),
        trainers(),
        attendanceThreshold,
        recordingUrl);
  }
}
