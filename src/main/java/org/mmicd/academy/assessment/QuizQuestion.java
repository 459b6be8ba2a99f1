package org.mmicd.academy.assessment;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;

/** One question of a quiz's pool, with its content in each language it was written in. */
@Entity
@Table(name = "quiz_question")
// In the shared cache like the catalogue it comes with: only content loads change it, and a load
// drops that cache on every instance (SharedCaches), so a quiz start reads no question twice.
@Cacheable
public class QuizQuestion {

  @Id
  @SequenceGenerator(
      name = "quiz_question_seq",
      sequenceName = "quiz_question_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_question_seq")
  private Long id;

  @Column(name = "module_id")
  private String moduleId;

  @Column(name = "question_key")
  private String key;

  private int position;

  @Column(name = "question_type")
  private String type;

  private boolean retired;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "quiz_question_content", joinColumns = @JoinColumn(name = "question_id"))
  @MapKeyColumn(name = "language")
  @Column(name = "content")
  private Map<String, String> content = new HashMap<>();

  protected QuizQuestion() {}

  QuizQuestion(String moduleId, String key) {
    this.moduleId = moduleId;
    this.key = key;
  }

  void describe(int position, String type, Map<String, String> content) {
    this.position = position;
    this.type = type;
    this.content.clear();
    this.content.putAll(content);
    this.retired = false;
  }

  void retire() {
    retired = true;
  }

  public Long id() {
    return id;
  }

  public String moduleId() {
    return moduleId;
  }

  public String key() {
    return key;
  }

  public int position() {
    return position;
  }

  public boolean retired() {
    return retired;
  }

  /** The question's JSON in the language asked for, else in English. */
  public String content(String language) {
    return content.getOrDefault(language, content.get("en"));
  }
}
