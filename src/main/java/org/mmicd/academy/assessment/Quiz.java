package org.mmicd.academy.assessment;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A module's quiz: its rules, loaded from the module's quiz file. */
@Entity
@Table(name = "quiz")
// In the shared cache like the catalogue it comes with: only content loads change it, and a load
// drops that cache on every instance (SharedCaches), so a quiz start reads no question twice.
@Cacheable
public class Quiz {

  @Id
  @Column(name = "module_id")
  private String moduleId;

  private String title;

  /** The title in the languages the quiz was translated into, besides English. */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "quiz_title", joinColumns = @JoinColumn(name = "module_id"))
  @MapKeyColumn(name = "language")
  @Column(name = "title")
  private Map<String, String> translatedTitles = new HashMap<>();

  @Column(name = "pass_mark")
  private int passMark;

  @Column(name = "attempt_limit")
  private int attemptLimit;

  @Column(name = "time_limit_seconds")
  private Integer timeLimitSeconds;

  @Column(name = "draw_count")
  private int drawCount;

  @Column(name = "shuffle_options")
  private boolean shuffleOptions;

  @Column(name = "review_policy")
  private String reviewPolicy;

  private boolean retired;

  @Column(name = "loaded_at")
  private Instant loadedAt;

  protected Quiz() {}

  Quiz(String moduleId) {
    this.moduleId = moduleId;
  }

  void describe(
      String title,
      int passMark,
      int attemptLimit,
      Integer timeLimitSeconds,
      int drawCount,
      boolean shuffleOptions,
      ReviewPolicy reviewPolicy,
      Instant loadedAt) {
    this.title = title;
    this.passMark = passMark;
    this.attemptLimit = attemptLimit;
    this.timeLimitSeconds = timeLimitSeconds;
    this.drawCount = drawCount;
    this.shuffleOptions = shuffleOptions;
    this.reviewPolicy = reviewPolicy.key();
    this.retired = false;
    this.loadedAt = loadedAt;
  }

  void translateTitle(Map<String, String> titles) {
    translatedTitles.clear();
    translatedTitles.putAll(titles);
  }

  void retire() {
    retired = true;
  }

  public String moduleId() {
    return moduleId;
  }

  public String title() {
    return title;
  }

  /** The title in this language where the quiz has it, else in English. */
  public String title(String language) {
    return translatedTitles.getOrDefault(language, title);
  }

  /** The language {@link #title(String)} answers in. */
  public String titleLanguage(String language) {
    return translatedTitles.containsKey(language) ? language : "en";
  }

  public int passMark() {
    return passMark;
  }

  /** Zero means unlimited. */
  public int attemptLimit() {
    return attemptLimit;
  }

  public Optional<Duration> timeLimit() {
    return Optional.ofNullable(timeLimitSeconds).map(Duration::ofSeconds);
  }

  /** The limit as people read it, rounded up to whole minutes. */
  public Integer timeLimitMinutes() {
    return timeLimitSeconds == null ? null : (timeLimitSeconds + 59) / 60;
  }

  public int drawCount() {
    return drawCount;
  }

  public boolean shuffleOptions() {
    return shuffleOptions;
  }

  public ReviewPolicy reviewPolicy() {
    return ReviewPolicy.fromKey(reviewPolicy);
  }

  public boolean retired() {
    return retired;
  }

  public boolean attemptsLeftAfter(long used) {
    return attemptLimit == 0 || used < attemptLimit;
  }
}
