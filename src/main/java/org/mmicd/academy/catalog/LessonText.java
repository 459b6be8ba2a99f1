package org.mmicd.academy.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A lesson in one language: its title, Markdown body, learning objectives and, for capstones, the
 * notes that only trainers may see.
 */
@Embeddable
public class LessonText {

  @Column(name = "title")
  private String title;

  @Column(name = "body")
  private String body;

  /** One objective per line: objectives are single sentences, so a line break separates them. */
  @Column(name = "objectives")
  private String objectives;

  @Column(name = "trainer_notes")
  private String trainerNotes;

  protected LessonText() {}

  public LessonText(String title, String body, List<String> objectives, String trainerNotes) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("A lesson title is required");
    }
    if (objectives.stream().anyMatch(o -> o.isBlank() || o.contains("\n"))) {
      throw new IllegalArgumentException("Each objective is one non-empty line: " + objectives);
    }
    this.title = title;
    this.body = body;
    this.objectives = objectives.isEmpty() ? null : String.join("\n", objectives);
    this.trainerNotes = trainerNotes;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public List<String> objectives() {
    return objectives == null || objectives.isBlank()
        ? List.of()
        : Arrays.asList(objectives.split("\n"));
  }

  /** For trainers, coordinators and admins only: never put it in a learner's view. */
  public Optional<String> trainerNotes() {
    return Optional.ofNullable(trainerNotes).filter(n -> !n.isBlank());
  }
}
