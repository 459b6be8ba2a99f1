package org.mmicd.academy.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A module's place in a course: its order and whether the course requires it. */
@Embeddable
public class ModuleInCourse {

  @Column(name = "module_id")
  private String moduleId;

  private int position;

  private boolean required;

  protected ModuleInCourse() {}

  public ModuleInCourse(String moduleId, int position, boolean required) {
    this.moduleId = moduleId;
    this.position = position;
    this.required = required;
  }

  public String moduleId() {
    return moduleId;
  }

  public int position() {
    return position;
  }

  public boolean required() {
    return required;
  }
}
