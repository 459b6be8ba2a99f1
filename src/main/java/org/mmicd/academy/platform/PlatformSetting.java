package org.mmicd.academy.platform;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A setting an admin changes at run time (configuration that operators set lives in {@link
 * Settings}).
 */
@Entity
@Table(name = "platform_setting")
@Cacheable(false)
public class PlatformSetting {

  @Id private String name;

  @Column(name = "val")
  private String value;

  protected PlatformSetting() {}

  public PlatformSetting(String name, String value) {
    this.name = name;
    this.value = value;
  }

  public String name() {
    return name;
  }

  public String value() {
    return value;
  }

  public void change(String value) {
    this.value = value;
  }
}
