package org.mmicd.academy.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Settings that admins change while the platform runs, stored so every instance sees them. */
@ApplicationScoped
public class PlatformSettings {

  public static final String SELF_REGISTRATION = "self-registration";

  @PersistenceContext EntityManager em;

  public boolean selfRegistrationOpen() {
    return find(SELF_REGISTRATION).map(Boolean::parseBoolean).orElse(true);
  }

  @Transactional
  public void setSelfRegistrationOpen(boolean open) {
    put(SELF_REGISTRATION, Boolean.toString(open));
  }

  public Optional<String> find(String name) {
    return Optional.ofNullable(em.find(PlatformSetting.class, name)).map(PlatformSetting::value);
  }

  @Transactional
  public void put(String name, String value) {
    PlatformSetting setting = em.find(PlatformSetting.class, name);
    if (setting == null) {
      em.persist(new PlatformSetting(name, value));
    } else {
      setting.change(value);
    }
  }
}
