package org.mmicd.academy.learning;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A person passed a module's quiz: the module's quiz requirement is met, in every course using it.
 */
@Entity
@Table(name = "quiz_pass")
@Cacheable(false)
public class QuizPass {

  /** Person and module; a class, since Jakarta Persistence 3.1 cannot embed records. */
  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "module_id")
    private String moduleId;

    protected Key() {}

    Key(Long personId, String moduleId) {
      this.personId = personId;
      this.moduleId = moduleId;
    }

    String moduleId() {
      return moduleId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(personId, key.personId)
          && java.util.Objects.equals(moduleId, key.moduleId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(personId, moduleId);
    }
  }

  @EmbeddedId private Key key;

  @Column(name = "passed_at")
  private Instant passedAt;

  @Column(name = "best_score")
  private double bestScore;

  protected QuizPass() {}

  QuizPass(long personId, String moduleId, Instant passedAt, double score) {
    this.key = new Key(personId, moduleId);
    this.passedAt = passedAt;
    this.bestScore = score;
  }

  void passedAgain(double score) {
    bestScore = Math.max(bestScore, score);
  }

  public String moduleId() {
    return key.moduleId();
  }

  public Instant passedAt() {
    return passedAt;
  }

  public double bestScore() {
    return bestScore;
  }
}
