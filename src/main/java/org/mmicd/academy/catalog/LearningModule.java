package org.mmicd.academy.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A unit of learning tied to one part of the Package of Resources. Reusable across courses. */
@Entity
@Table(name = "learning_module")
@Cacheable
public class LearningModule {

  @Id private String id;

  @Enumerated(EnumType.STRING)
  private ResourcePart part;

  @Enumerated(EnumType.STRING)
  private Sector sector;

  @Column(name = "country_code")
  private String country;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "module_partner", joinColumns = @JoinColumn(name = "module_id"))
  @OrderColumn(name = "position")
  @Column(name = "partner")
  private List<String> partners = new ArrayList<>();

  private int version;

  @Column(name = "quiz_file")
  private String quizFile;

  @Column(name = "source_path")
  private String sourcePath;

  private boolean retired;

  @Column(name = "loaded_at")
  private Instant loadedAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "module_text", joinColumns = @JoinColumn(name = "module_id"))
  @MapKeyColumn(name = "language")
  @AttributeOverride(name = "body", column = @Column(name = "summary"))
  private Map<String, LocalizedText> texts = new HashMap<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "module_resource", joinColumns = @JoinColumn(name = "module_id"))
  @OrderColumn(name = "position")
  private List<KeyResource> resources = new ArrayList<>();

  @OneToMany(mappedBy = "module", fetch = FetchType.LAZY)
  @BatchFetch(BatchFetchType.IN)
  @OrderBy("position")
  private List<Lesson> lessons = new ArrayList<>();

  protected LearningModule() {}

  public LearningModule(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public ResourcePart part() {
    return part;
  }

  public Optional<Sector> sector() {
    return Optional.ofNullable(sector);
  }

  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  public List<String> partners() {
    return List.copyOf(partners);
  }

  public int version() {
    return version;
  }

  public boolean hasQuiz() {
    return quizFile != null;
  }

  public boolean retired() {
    return retired;
  }

  public Instant loadedAt() {
    return loadedAt;
  }

  /** The text in the language asked for, or English when there is no translation. */
  public LocalizedText text(String language) {
    return texts.getOrDefault(language, texts.get("en"));
  }

  public boolean translatedInto(String language) {
    return texts.containsKey(language);
  }

  public List<String> languages() {
    return texts.keySet().stream().sorted().toList();
  }

  /** Lessons learners can take now, in order; retired lessons keep their history but are hidden. */
  public List<Lesson> activeLessons() {
    return lessons.stream().filter(l -> !l.retired()).toList();
  }

  public List<Lesson> allLessons() {
    return List.copyOf(lessons);
  }

  public Optional<Lesson> activeLesson(String key) {
    return activeLessons().stream().filter(l -> l.key().equals(key)).findFirst();
  }

  /** Publications a learner may need in the original, in the author's order. */
  public List<KeyResource> resources() {
    return List.copyOf(resources);
  }

  public int estimatedMinutes() {
    return activeLessons().stream().mapToInt(Lesson::minutes).sum();
  }

  void describe(
      ResourcePart part,
      Sector sector,
      String country,
      List<String> partners,
      int version,
      String quizFile,
      String sourcePath,
      Map<String, LocalizedText> texts,
      List<KeyResource> resources,
      Instant loadedAt) {
    this.part = part;
    this.sector = sector;
    this.country = country;
    this.partners.clear();
    this.partners.addAll(partners);
    this.version = version;
    this.quizFile = quizFile;
    this.sourcePath = sourcePath;
    this.texts.clear();
    this.texts.putAll(texts);
    this.resources.clear();
    this.resources.addAll(resources);
    this.retired = false;
    this.loadedAt = loadedAt;
  }

  void retire() {
    this.retired = true;
  }

  void replaceLessonList(List<Lesson> lessons) {
    this.lessons = new ArrayList<>(lessons);
  }
}
