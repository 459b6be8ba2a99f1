package org.mmicd.academy.catalog;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** One page of a module. Its key is stable across content reloads, so progress survives edits. */
@Entity
@Table(name = "lesson")
@Cacheable
public class Lesson {

  @Id
  @SequenceGenerator(name = "lesson_seq", sequenceName = "lesson_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id")
  private LearningModule module;

  @Column(name = "lesson_key")
  private String key;

  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "lesson_type")
  private LessonType type;

  private int minutes;

  private String url;

  private boolean retired;

  @ElementCollection(fetch = FetchType.LAZY)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "lesson_text", joinColumns = @JoinColumn(name = "lesson_id"))
  @MapKeyColumn(name = "language")
  private Map<String, LessonText> texts = new HashMap<>();

  protected Lesson() {}

  Lesson(LearningModule module, String key) {
    this.module = module;
    this.key = key;
  }

  public Long id() {
    return id;
  }

  public LearningModule module() {
    return module;
  }

  public String moduleId() {
    return module.id();
  }

  public String key() {
    return key;
  }

  /** The lesson's id across the whole catalogue: {@code moduleId.lessonKey}. */
  public String qualifiedId() {
    return module.id() + "." + key;
  }

  public int position() {
    return position;
  }

  public LessonType type() {
    return type;
  }

  public int minutes() {
    return minutes;
  }

  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  public boolean retired() {
    return retired;
  }

  public LessonText text(String language) {
    return texts.getOrDefault(language, texts.get("en"));
  }

  public boolean translatedInto(String language) {
    return texts.containsKey(language);
  }

  /** The English title, which is always present. */
  public String title() {
    return texts.get("en").title();
  }

  void describe(
      int position, LessonType type, int minutes, String url, Map<String, LessonText> texts) {
    this.position = position;
    this.type = type;
    this.minutes = minutes;
    this.url = url;
    this.texts.clear();
    this.texts.putAll(texts);
    this.retired = false;
  }

  void retire(int position) {
    this.retired = true;
    this.position = position;
  }
}
