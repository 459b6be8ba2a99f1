package org.mmicd.academy.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.mmicd.academy.platform.PlatformSettings;

/**
 * The certificates of the demo data set, made once per database after the learners and the live
 * sessions: a graduate of the core course, a Nepali official whose name is in Devanagari with the
 * Nepal track's certificate, generated learners who meet the rule, and one revoked certificate.
 */
@ApplicationScoped
public class DemoCertificates {

  static final String LOADED = "demo-certificates";
  static final String GRADUATE = "graduate@demo.mmicd.org";
  static final String SITA = "sita@demo.mmicd.org";
  private static final Logger LOG = Logger.getLogger(DemoCertificates.class.getName());

  @Inject DemoGraduates graduates;
  @Inject PlatformSettings platformSettings;
  @Inject Clock clock;

  public void load() {
    if (platformSettings.find(LOADED).isPresent()) {
      return;
    }
    graduates.graduate(GRADUATE, "Grace Graduate", "PH", "en", "mmicd-blended", 60);
    graduates.graduate(SITA, "सीता शर्मा", "NP", "ne", "track-nepal", 30);
    int completed = 0;
    for (Long learner : graduates.generatedLearners()) {
      completed += graduates.finishLessonsDone(learner);
    }
    graduates.revokeOne(
        "Issued in error: the roll call of the workshop was taken for the wrong participant.");
    platformSettings.put(LOADED, clock.instant().toString());
    int generated = completed;
    LOG.info(() -> "Demo certificates issued: 2 demo graduates and " + generated + " learners");
  }
}
