package org.mmicd.academy.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** An ordered set of modules with the rule that says when a learner has completed it. */
@Entity
@Table(name = "course")
@Cacheable
public class Course {

  @Id private String id;

  private String title;

  private String summary;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "course_language", joinColumns = @JoinColumn(name = "course_id"))
  @OrderColumn(name = "position")
  @Column(name = "language")
  private List<String> languages = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "course_country", joinColumns = @JoinColumn(name = "course_id"))
  @OrderColumn(name = "position")
  @Column(name = "country_code")
  private List<String> countries = new ArrayList<>();

  @Column(name = "quizzes_required")
  private boolean quizzesRequired;

  @Column(name = "min_optional_modules")
  private int minOptionalModules;

  @Column(name = "min_live_sessions")
  private int minLiveSessions;

  @Column(name = "live_session_share")
  private int liveSessionSharePercent;

  @Column(name = "certificate_title")
  private String certificateTitle;

  @Column(name = "certificate_signatory")
  private String certificateSignatory;

  @Column(name = "certificate_validity_months")
  private Integer certificateValidityMonths;

  @Column(name = "certificate_recertify")
  private boolean certificateRecertify;

  @Column(name = "source_path")
  private String sourcePath;

  private boolean retired;

  @Column(name = "loaded_at")
  private Instant loadedAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "course_text", joinColumns = @JoinColumn(name = "course_id"))
  @MapKeyColumn(name = "language")
  @AttributeOverride(name = "body", column = @Column(name = "summary"))
  private Map<String, LocalizedText> translations = new HashMap<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "course_module", joinColumns = @JoinColumn(name = "course_id"))
  @OrderBy("position")
  private List<ModuleInCourse> modules = new ArrayList<>();

  protected Course() {}

  public Course(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  /**
   * The title and summary in the language asked for: the course file's translation, or the file's
   * own English text when it has none.
   */
  public LocalizedText text(String language) {
    return translations.getOrDefault(language, new LocalizedText(title, summary));
  }

  /** Whether {@link #text} is in that language (English is the course file's own). */
  public boolean translatedInto(String language) {
    return "en".equals(language) || translations.containsKey(language);
  }

  public List<String> languages() {
    return List.copyOf(languages);
  }

  public List<String> countries() {
    return List.copyOf(countries);
  }

  public boolean quizzesRequired() {
    return quizzesRequired;
  }

  public int minOptionalModules() {
    return minOptionalModules;
  }

  public int minLiveSessions() {
    return minLiveSessions;
  }

  /** The share of the sessions held for a learner's cohort they must attend, in %; 0 for none. */
  public int liveSessionSharePercent() {
    return liveSessionSharePercent;
  }

  public String certificateTitle() {
    return certificateTitle;
  }

  public String certificateSignatory() {
    return certificateSignatory;
  }

  /** Months a certificate of this course stays valid, or empty when it does not expire. */
  public java.util.Optional<Integer> certificateValidityMonths() {
    return java.util.Optional.ofNullable(certificateValidityMonths);
  }

  /** Whether holders earn a new certificate when a required module's version rises. */
  public boolean recertify() {
    return certificateRecertify;
  }

  public boolean retired() {
    return retired;
  }

  public List<ModuleInCourse> modules() {
    return List.copyOf(modules);
  }

  void describe(
      String title,
      String summary,
      List<String> languages,
      List<String> countries,
      List<ModuleInCourse> modules,
      boolean quizzesRequired,
      int minOptionalModules,
      int minLiveSessions,
      String certificateTitle,
      String certificateSignatory,
      String sourcePath,
      Instant loadedAt) {
    this.title = title;
    this.summary = summary;
    this.languages.clear();
    this.languages.addAll(languages);
    this.countries.clear();
    this.countries.addAll(countries);
    this.modules.clear();
    this.modules.addAll(modules);
    this.quizzesRequired = quizzesRequired;
    this.minOptionalModules = minOptionalModules;
    this.minLiveSessions = minLiveSessions;
    this.certificateTitle = certificateTitle;
    this.certificateSignatory = certificateSignatory;
    this.sourcePath = sourcePath;
    this.retired = false;
    this.loadedAt = loadedAt;
  }

  void askForLiveSessionShare(int percent) {
    this.liveSessionSharePercent = percent;
  }

  /** The title and summary in other languages than English, by language; replaces the old ones. */
  void translate(Map<String, LocalizedText> translated) {
    this.translations.clear();
    this.translations.putAll(translated);
  }

  void certifyFor(Integer validityMonths, boolean recertify) {
    this.certificateValidityMonths = validityMonths;
    this.certificateRecertify = recertify;
  }

  void retire() {
    this.retired = true;
  }
}
